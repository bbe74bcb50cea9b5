package dev.b24kit.client.listing;

import java.util.Iterator;

/**
 * The pages of a listing, fetched as they are read. A sharded listing runs its chains on threads of
 * its own: close the iterator (try-with-resources) when not reading it to the end. Not thread-safe:
 * one reader.
 */
public interface PageIterator extends Iterator<Page>, AutoCloseable {

    /** Stops fetching; threads the listing holds end. Never throws. */
    @Override
    void close();
}
