package dev.b24kit.client.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.listing.Page;
import dev.b24kit.client.listing.PageIterator;

/**
 * Hands out pages one by one from the batches a source fetches, telling the listener of each page.
 * Subclasses say where the next batch comes from. Not thread-safe: one reader.
 */
abstract class PageBuffer implements PageIterator {

    private final ClientListener listener;
    private Iterator<Page> current = Collections.emptyIterator();
    private boolean exhausted;

    PageBuffer(ClientListener listener) {
        this.listener = listener;
    }

    /** The next batch of pages; empty when there are no more. */
    abstract List<Page> nextBatch();

    @Override
    public final boolean hasNext() {
        while (!current.hasNext() && !exhausted) {
            List<Page> pages = nextBatch();
            exhausted = pages.isEmpty();
            pages.forEach(p -> listener.on(new ClientEvent.PageFetched(p.method(), p.rows().size())));
            current = pages.iterator();
        }
        return current.hasNext();
    }

    @Override
    public final Page next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        exhausted = true;
        current = Collections.emptyIterator();
    }

    /** One chain, fetched on the reader's thread. */
    static PageBuffer serial(java.util.function.Supplier<List<Page>> source, ClientListener listener) {
        return new PageBuffer(listener) {
            @Override
            List<Page> nextBatch() {
                return source.get();
            }
        };
    }
}
