package bankcore.seeder;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small seeded ledgers for the subcommands' tests, made by the seeder itself. */
final class TestLedgers {

    private TestLedgers() {
    }

    /** Seeds {@code db} with these options (an admin with a fake password), failing the test if seeding fails. */
    static void seed(Path db, String... options) {
        StringWriter output = new StringWriter();
        CommandLine seeder = SeedCommand.commandLine(Map.of("BANK_ADMIN_PASSWORD", "test-only-fake-password"),
                InstantSource.system());
        seeder.setOut(new PrintWriter(output, true));
        seeder.setErr(new PrintWriter(output, true));
        String[] args = new String[options.length + 2];
        args[0] = "--db";
        args[1] = db.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        assertThat(seeder.execute(args)).as(output.toString()).isZero();
    }
}
