package bankcore.seeder.load;

import java.time.InstantSource;
import java.util.Optional;

/**
 * Where a seeding goes, all-or-nothing: it is written beside the target (a SQLite file's
 * {@code FILE.seeding}, a PostgreSQL schema's {@code SCHEMA_seeding}) and put in place only once it
 * verifies, so a run stopped half-way never leaves half a ledger where one is expected.
 */
public interface SeedingTarget {

    /** Removes what a seeding that did not finish left behind; true when there was anything. */
    boolean deleteLeftoverSeeding();

    /** Where the seeding is written until it is put in place, for messages. */
    String seedingName();

    /** How many customers the target's ledger holds; 0 when there is no ledger there yet. */
    long customersInTarget();

    /** The new, empty ledger beside the target, on the seeder's clock with transfer ids from {@code idSeed}. */
    LedgerPorts openSeeding(InstantSource clock, long idSeed);

    /** Puts the finished, closed and verified seeding in place of the target. */
    void replaceWithSeeding();

    /** The space the target takes, when it can be told. */
    Optional<Long> sizeBytes();
}
