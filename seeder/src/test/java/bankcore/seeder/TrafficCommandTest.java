package bankcore.seeder;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.wiring.SeederWiring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code seeder traffic} on a real seeded file: a bounded stream, then the ledger's invariants. */
class TrafficCommandTest {

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void seed_a_small_ledger() {
        TestLedgers.seed(db(), "--customers", "60", "--transfers", "600", "--days", "3", "--currency", "EUR,GBP",
                "--seed", "5");
    }

    private static Path db() {
        return dir.resolve("demo.db");
    }

    private int traffic(String... args) {
        CommandLine commandLine = SeedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "traffic";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    @Test
    void a_bounded_stream_posts_payments_now_and_the_ledger_still_verifies() {
        long before;
        try (LedgerPorts ledger = SeederWiring.openLive(db())) {
            before = ledger.analytics().summary().transfers();
        }
        Instant started = Instant.now();

        assertThat(traffic("--db", db().toString(), "--count", "40", "--rate", "100", "--seed", "3"))
                .as(err.toString()).isZero();

        Matcher tally = Pattern.compile("stopped: (\\d+) posted, (\\d+) refused by the core, (\\d+) turns skipped")
                .matcher(out.toString());
        assertThat(tally.find()).as(out.toString()).isTrue();
        long posted = Long.parseLong(tally.group(1));
        assertThat(posted + Long.parseLong(tally.group(2)) + Long.parseLong(tally.group(3))).isEqualTo(40);
        assertThat(posted).isGreaterThan(30);
        try (LedgerPorts ledger = SeederWiring.openLive(db())) {
            assertThat(ledger.verifier().verify().ok()).isTrue();
            assertThat(ledger.analytics().summary().transfers()).isEqualTo(before + posted);
            Transfer newest = ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 1).items().get(0);
            assertThat(newest.createdAt()).isAfterOrEqualTo(started.truncatedTo(ChronoUnit.MILLIS))
                    .isBefore(Instant.now().plus(Duration.ofSeconds(1)));
        }
    }

    @Test
    void a_ledger_that_does_not_exist_is_refused_and_not_created() {
        Path missing = dir.resolve("missing.db");

        assertThat(traffic("--db", missing.toString(), "--count", "1")).isEqualTo(1);

        assertThat(err.toString()).contains("does not exist: seed it first").doesNotContain("\tat ");
        assertThat(missing).doesNotExist();
    }

    @Test
    void a_rate_out_of_range_is_a_usage_error() {
        assertThat(traffic("--db", db().toString(), "--rate", "0")).isEqualTo(2);

        assertThat(err.toString()).contains("--rate must be above 0");
    }
}
