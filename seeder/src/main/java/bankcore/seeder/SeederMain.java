package bankcore.seeder;

import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar seeder.jar --help}. */
public final class SeederMain {

    /** Flyway logs each migration step at INFO through java.util.logging; the seeder's own summary says enough. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private SeederMain() {
    }

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        System.exit(SeedCommand.commandLine().execute(args));
    }
}
