package org.touchstone.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesTheWaitUpToTheLimit() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void needsAtLeastOneAttemptAndOrderedDelays() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
