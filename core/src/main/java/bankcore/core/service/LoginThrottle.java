package bankcore.core.service;

import bankcore.core.domain.TooManyAttemptsException;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing without letting an attacker lock the owner out. Failures are counted per
 * (e-mail, client address) and per client address across e-mails; past a free allowance, each
 * further failure doubles the wait before the next attempt from there, up to {@link #LONGEST_DELAY}.
 * The owner at another address has a count of its own. A count is forgotten after
 * {@link #FORGOTTEN_AFTER} without failures, and memory is bounded: the least recently touched
 * counts are forgotten first.
 */
final class LoginThrottle {
    static final int FREE_FAILURES_PER_EMAIL_AND_ADDRESS = 5;
    /** Higher: several people behind one address (an office, a carrier's NAT) share it. */
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private final InstantSource clock;
    private final Failures perEmailAndAddress = new Failures(FREE_FAILURES_PER_EMAIL_AND_ADDRESS);
    private final Failures perAddress = new Failures(FREE_FAILURES_PER_ADDRESS);

    LoginThrottle(InstantSource clock) {
        this.clock = clock;
    }

    /** @param address {@code null} when unknown: then there is no per-address count to consult */
    synchronized void requireAllowed(String email, String address) {
        Instant now = clock.instant();
        Duration wait = perEmailAndAddress.waitBeforeNext(key(email, address), now);
        if (address != null) {
            Duration addressWait = perAddress.waitBeforeNext(address, now);
            wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
        }
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(roundedUpToSeconds(wait));
        }
    }

    synchronized void recordFailure(String email, String address) {
        Instant now = clock.instant();
        perEmailAndAddress.record(key(email, address), now);
        if (address != null) {
            perAddress.record(address, now);
        }
    }

    /**
     * Clears the e-mail's count at this address only: an attacker who owns one account must not be
     * able to clear the address's count by logging into it between guesses at others.
     */
    synchronized void recordSuccess(String email, String address) {
        perEmailAndAddress.forget(key(email, address));
    }

    private static String key(String email, String address) {
        return email + '\n' + address;
    }

    private static Duration roundedUpToSeconds(Duration wait) {
        return Duration.ofSeconds(wait.toNanosPart() > 0 ? wait.toSeconds() + 1 : wait.toSeconds());
    }

    /** Failure counts by key, each with the time of its latest failure. */
    private static final class Failures {
        private static final int MAX_TRACKED = 100_000;

        private final int free;
        private final Map<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > MAX_TRACKED;
            }
        };

        Failures(int free) {
            this.free = free;
        }

        Duration waitBeforeNext(String key, Instant now) {
            Count count = current(key, now);
            if (count == null || count.failures < free) {
                return Duration.ZERO;
            }
            Duration wait = Duration.between(now, count.latest.plus(delayAfter(count.failures)));
            return wait.isNegative() ? Duration.ZERO : wait;
        }

        void record(String key, Instant now) {
            Count count = current(key, now);
            counts.put(key, new Count(count == null ? 1 : count.failures + 1, now));
        }

        void forget(String key) {
            counts.remove(key);
        }

        /** {@link #FIRST_DELAY} once the free failures are used up, doubling with each failure after. */
        private Duration delayAfter(int failures) {
            int doublings = failures - free;
            if (doublings >= 30) {
                return LONGEST_DELAY;
            }
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
        }

        private Count current(String key, Instant now) {
            Count count = counts.get(key);
            if (count != null && count.latest.plus(FORGOTTEN_AFTER).isBefore(now)) {
                counts.remove(key);
                return null;
            }
            return count;
        }
    }

    private record Count(int failures, Instant latest) {
    }
}
