package bankcore.seeder.wiring;

import bankcore.persistence.postgres.PostgresStaging;
import bankcore.persistence.select.LedgerDatabase;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.load.SeedingTarget;

import java.time.InstantSource;
import java.util.Optional;

/**
 * A seeding on PostgreSQL: written into the side schema beside the URL's schema, verified there, then
 * renamed into place in one transaction ({@link PostgresStaging}), so other nodes see the old ledger or
 * the new one, never half of it.
 */
final class PostgresSeedingTarget implements SeedingTarget {

    private final LedgerDatabase target;
    private final PostgresStaging staging;

    PostgresSeedingTarget(LedgerDatabase target) {
        this.target = target;
        this.staging = target.postgresStaging();
    }

    @Override
    public boolean deleteLeftoverSeeding() {
        return staging.dropLeftover();
    }

    @Override
    public String seedingName() {
        return "schema " + staging.stagingSchema();
    }

    @Override
    public long customersInTarget() {
        return staging.customersInTarget();
    }

    @Override
    public LedgerPorts openSeeding(InstantSource clock, long idSeed) {
        staging.create();
        return SeederWiring.openForSeeding(target.withUrl(staging.stagingUrl()), clock, idSeed);
    }

    @Override
    public void replaceWithSeeding() {
        staging.replaceTarget();
    }

    /** The database's files are the server's business. */
    @Override
    public Optional<Long> sizeBytes() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return target + " (schema " + staging.targetSchema() + ")";
    }
}
