package org.touchstone.app.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.touchstone.store.Store;

import io.javalin.http.HttpResponseException;

/**
 * Several connections to one store, each used by one request at a time: a DuckDB JDBC connection
 * is not safe to share between threads, and within one process every connection to the same file
 * shares one database, so the requests read in parallel and see each other's writes. Writes take
 * turns, and each one moves the store to a new generation, which retires every cached answer.
 */
final class StorePool implements AutoCloseable {
    /** How long a request waits for a free connection before it is answered 503. */
    private static final long WAIT_SECONDS = 30;

    private final List<Store> all = new ArrayList<>();
    private final BlockingQueue<Store> idle;
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicLong generation = new AtomicLong();

    /** Work done with a store; may throw what the question throws. */
    @FunctionalInterface
    interface StoreWork<T> {
        T run(Store store) throws Exception;
    }

    StorePool(Path db, String memoryLimit, int connections) {
        idle = new ArrayBlockingQueue<>(connections);
        try {
            for (int i = 0; i < connections; i++) {
                Store store = Store.open(db, memoryLimit);
                all.add(store);
                idle.add(store);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    <T> T read(StoreWork<T> work) throws Exception {
        Store store = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (store == null) {
            throw new HttpResponseException(503, "the store is busy: no connection was free within " + WAIT_SECONDS
                    + " s; try again");
        }
        try {
            return work.run(store);
        } finally {
            idle.add(store);
        }
    }

    /** Runs a write alone among writes (DuckDB would otherwise abort one of two conflicting ones). */
    <T> T write(StoreWork<T> work) throws Exception {
        writing.lock();
        try {
            return read(work);
        } finally {
            generation.incrementAndGet();
            writing.unlock();
        }
    }

    /** Changes each time a write ends: answers computed in an older generation may be stale. */
    long generation() {
        return generation.get();
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Store store : all) {
            try {
                store.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        all.clear();
        if (first != null) {
            throw first;
        }
    }
}
