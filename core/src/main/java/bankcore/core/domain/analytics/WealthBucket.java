package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;

/** A histogram bar: how many customer accounts hold at least {@code lower} and less than {@code upper}. */
public record WealthBucket(Money lower, Money upper, long accounts) {
}
