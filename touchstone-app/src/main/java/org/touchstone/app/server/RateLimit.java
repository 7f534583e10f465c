package org.touchstone.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * A budget of requests per client address: each address may send {@code perMinute} requests in a
 * burst and then one every 60/perMinute seconds (a token bucket). Past it the answer is 429 with
 * Retry-After, the seconds until the next request will be taken. Clients on this machine
 * (loopback) are not counted unless asked: the machine's own users run the dashboard, scripts and
 * the load benchmark (about 1,000 requests a second) there. Behind a reverse proxy on the same
 * machine every client comes from loopback: count loopback then.
 *
 * <p>The address is the connection's own, never a forwarded header, which a client can write.
 */
final class RateLimit {
    /** Buckets kept before full ones (clients whose budget has refilled) are dropped, at most once a second. */
    private static final int PRUNE_ABOVE = 10_000;
    private static final long PRUNE_EVERY_NANOS = 1_000_000_000L;

    private final int perMinute;
    private final boolean countLoopback;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastPruned = new AtomicLong(Long.MIN_VALUE);

    /** @param perMinute requests per minute per client address; 0 turns the limit off */
    RateLimit(int perMinute, boolean countLoopback) {
        this(perMinute, countLoopback, System::nanoTime);
    }

    RateLimit(int perMinute, boolean countLoopback, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.countLoopback = countLoopback;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's budget, or refuses it with 429 and Retry-After. */
    void check(Context ctx) {
        if (perMinute <= 0) {
            return;
        }
        String client = ctx.ip();
        if (!countLoopback && isLoopback(client)) {
            return;
        }
        long waitSeconds = take(client);
        if (waitSeconds > 0) {
            ctx.header("Retry-After", Long.toString(waitSeconds));
            throw new HttpResponseException(429, "too many requests from " + ApiRequest.shorten(client) + ": at most "
                    + perMinute + " a minute; try again in " + waitSeconds + " s");
        }
    }

    /** 0 when the client may go on, else the whole seconds until it may. */
    long take(String client) {
        long now = nanoTime.getAsLong();
        long pruned = lastPruned.get();
        if (buckets.size() > PRUNE_ABOVE && (pruned == Long.MIN_VALUE || now - pruned >= PRUNE_EVERY_NANOS)
                && lastPruned.compareAndSet(pruned, now)) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now);
    }

    /** How many client addresses are remembered. */
    int tracked() {
        return buckets.size();
    }

    private static boolean isLoopback(String address) {
        try {
            // an IP literal, as the connection gives it: no name is looked up
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Tokens refill continuously up to the burst size; one request costs one token. */
    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updated) { // a request that read the clock earlier may come second
                tokens = Math.min(capacity, tokens + (now - updated) * perNano);
                updated = now;
            }
        }
    }
}
