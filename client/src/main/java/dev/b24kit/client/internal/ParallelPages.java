package dev.b24kit.client.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.listing.Page;
import dev.b24kit.client.listing.PageIterator;

/**
 * Several chains, each on its own virtual thread, handing batches of pages to the reader through a
 * bounded queue (at most two batches per chain are held), so memory stays constant however long the
 * listing. Pages arrive in no particular order across chains. The first failure of any chain stops
 * the others and is thrown to the reader. {@link #close()} stops the chains.
 */
final class ParallelPages implements PageIterator {

    private record Failure(RuntimeException error) {
    }

    private static final Object DONE = new Object();

    private final BlockingQueue<Object> queue;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ClientListener listener;
    private final int chains;
    private int finished;
    private Iterator<Page> current = Collections.emptyIterator();
    private volatile boolean closed;

    ParallelPages(List<Supplier<List<Page>>> sources, ClientListener listener) {
        this.listener = listener;
        this.chains = sources.size();
        this.queue = new ArrayBlockingQueue<>(chains);
        for (Supplier<List<Page>> source : sources) {
            threads.add(Thread.ofVirtual().name("b24kit-list-chain").start(() -> produce(source)));
        }
    }

    private void produce(Supplier<List<Page>> source) {
        try {
            while (!closed) {
                List<Page> pages = source.get();
                if (pages.isEmpty()) {
                    break;
                }
                queue.put(pages);
            }
            queue.put(DONE);
        } catch (InterruptedException | CancellationException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && finished < chains && !closed) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new CancellationException("interrupted while listing");
            }
            if (item == DONE) {
                finished++;
            } else if (item instanceof Failure failure) {
                close();
                throw failure.error();
            } else {
                @SuppressWarnings("unchecked")
                List<Page> pages = (List<Page>) item;
                pages.forEach(p -> listener.on(new ClientEvent.PageFetched(p.method(), p.rows().size())));
                current = pages.iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public Page next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        queue.clear();
    }
}
