package bankcore.core.domain.analytics;

/** A point of the Lorenz curve: the poorest {@code populationShare} hold {@code wealthShare} of the total. */
public record LorenzPoint(double populationShare, double wealthShare) {
}
