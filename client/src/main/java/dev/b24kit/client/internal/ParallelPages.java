package dev.b24kit.client.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.b24kit.client.ClientListener;
import dev.b24kit.client.listing.Page;

/**
 * Several chains, each on its own virtual thread, handing batches of pages to the reader through a
 * bounded queue (at most two batches per chain are held), so memory stays constant however long the
 * listing. Pages arrive in no particular order across chains. The first failure of any chain stops
 * the others and is thrown to the reader. {@link #close()} stops the chains.
 */
final class ParallelPages extends PageBuffer {

    private record Failure(RuntimeException error) {
    }

    private static final Object DONE = new Object();

    private final BlockingQueue<Object> queue;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final int chains;
    private int finished;
    private volatile boolean closed;

    ParallelPages(List<Supplier<List<Page>>> sources, ClientListener listener) {
        super(listener);
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
    List<Page> nextBatch() {
        while (finished < chains && !closed) {
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
                return pages;
            }
        }
        return List.of();
    }

    @Override
    public void close() {
        super.close();
        closed = true;
        threads.forEach(Thread::interrupt);
        queue.clear();
    }
}
