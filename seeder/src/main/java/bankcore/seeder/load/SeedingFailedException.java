package bankcore.seeder.load;

/** The ledger refused something the seeder planned as valid, or stamped it at another time: a bug, reported as such. */
public final class SeedingFailedException extends RuntimeException {

    public SeedingFailedException(String message) {
        super(message);
    }
}
