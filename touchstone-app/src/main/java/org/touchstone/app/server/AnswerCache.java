package org.touchstone.app.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Answers already written as JSON, by request, least recently used first out. A question's answer
 * depends only on its parameters and the store, and the store changes only through this server
 * (DuckDB lets one process write a file), so an answer stays right until the next write; the
 * caller puts the store's generation into the key. Requests that ask the same thing at the same
 * time share one computation instead of each running the query.
 */
final class AnswerCache {
    /** An answer and whether it was computed for this request or found. */
    record Answer(byte[] json, boolean found) {
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<String, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();
    private long bytes;

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxBytes / 8;
    }

    Answer get(String key, Callable<byte[]> compute) throws Exception {
        byte[] cached = cached(key);
        if (cached != null) {
            return new Answer(cached, true);
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return new Answer(await(running), true);
        }
        try {
            byte[] json = compute.call();
            put(key, json);
            mine.complete(json);
            return new Answer(json, false);
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private synchronized byte[] cached(String key) {
        return answers.get(key);
    }

    private synchronized void put(String key, byte[] json) {
        if (maxBytes <= 0 || json.length > maxEntryBytes) {
            return;
        }
        byte[] old = answers.put(key, json);
        bytes += json.length - (old == null ? 0 : old.length);
        Iterator<byte[]> eldest = answers.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }

    /** Waits for another request's computation; its failure is this request's failure too. */
    private static byte[] await(CompletableFuture<byte[]> running) throws Exception {
        try {
            return running.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
