package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token bucket on a clock the test moves: a burst, then one request per 60/N seconds. */
class RateLimitTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimit limit = new RateLimit(6, true, now::get);

    @Test
    void aBurstThenOneRequestPerTenSeconds() {
        for (int i = 0; i < 6; i++) {
            assertThat(limit.take("192.0.2.1")).as("request " + (i + 1)).isZero();
        }
        assertThat(limit.take("192.0.2.1")).isEqualTo(10);
        now.addAndGet(TimeUnit.SECONDS.toNanos(4));
        assertThat(limit.take("192.0.2.1")).isEqualTo(6);
        now.addAndGet(TimeUnit.SECONDS.toNanos(6));
        assertThat(limit.take("192.0.2.1")).isZero();
        assertThat(limit.take("192.0.2.1")).isEqualTo(10);
    }

    @Test
    void eachAddressHasItsOwnBudget() {
        for (int i = 0; i < 6; i++) {
            limit.take("192.0.2.1");
        }
        assertThat(limit.take("192.0.2.1")).isPositive();
        assertThat(limit.take("192.0.2.2")).isZero();
        assertThat(limit.take("2001:db8::1")).isZero();
    }

    @Test
    void clientsWhoseBudgetIsFullAgainAreForgottenOnceThereAreMany() {
        for (int i = 0; i < 10_001; i++) {
            limit.take("10.0." + (i >> 8) + "." + (i & 0xff));
        }
        limit.take("192.0.2.1");
        assertThat(limit.tracked()).isEqualTo(10_002);
        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        limit.take("192.0.2.2");
        assertThat(limit.tracked()).as("5 s: half a request refilled, nobody's budget full yet").isEqualTo(10_003);
        now.addAndGet(TimeUnit.SECONDS.toNanos(6));
        limit.take("192.0.2.3");
        assertThat(limit.tracked()).as("11 s: full budgets forgotten, the last two clients remain").isEqualTo(2);
    }
}
