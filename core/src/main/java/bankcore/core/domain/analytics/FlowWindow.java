package bankcore.core.domain.analytics;

import bankcore.core.domain.Money;

import java.time.Instant;

/** Transfers and their volume in one currency between two instants ({@code to} excluded). */
public record FlowWindow(Instant from, Instant to, long count, Money volume) {
}
