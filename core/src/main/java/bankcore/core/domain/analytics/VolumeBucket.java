package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;

import java.time.Instant;

/** How many transfers moved how much in the interval starting at {@code start}. */
public record VolumeBucket(Instant start, long count, Money volume) {
}
