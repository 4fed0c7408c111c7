package bankcore.core.service;

import bankcore.core.domain.TooManyAttemptsException;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one e-mail within
 * {@link #WINDOW}, that e-mail is locked until the oldest failure leaves the window. Memory is
 * bounded: the least recently touched e-mails are forgotten first.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_EMAILS = 100_000;

    private final InstantSource clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED_EMAILS;
        }
    };

    LoginThrottle(InstantSource clock) {
        this.clock = clock;
    }

    synchronized void requireAllowed(String email) {
        Deque<Instant> recent = recentFailures(email);
        if (recent.size() >= MAX_FAILURES) {
            Duration wait = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
            throw new TooManyAttemptsException(wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
        }
    }

    synchronized void recordFailure(String email) {
        Deque<Instant> recent = recentFailures(email);
        recent.addLast(clock.instant());
        failures.put(email, recent);
    }

    synchronized void recordSuccess(String email) {
        failures.remove(email);
    }

    private Deque<Instant> recentFailures(String email) {
        Deque<Instant> recent = failures.getOrDefault(email, new ArrayDeque<>());
        Instant horizon = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
        while (recent.size() > MAX_FAILURES) {
            recent.removeFirst();
        }
        return recent;
    }
}
