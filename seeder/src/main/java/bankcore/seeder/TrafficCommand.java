package bankcore.seeder;

import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.traffic.DemoTraffic;
import bankcore.seeder.traffic.DemoTraffic.Tally;
import bankcore.seeder.wiring.SeederWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code seeder traffic}: demo payments into an existing ledger until stopped, beside the API and the dashboard. */
@Command(
        name = "traffic",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Posts demo payments into an existing ledger until stopped.",
            "Small random payments between its customer accounts, through the core, until Ctrl-C or SIGTERM,",
            "so that a demo dashboard keeps moving. The API and the dashboard may use the same file meanwhile.",
            ""},
        exitCodeOnInvalidInput = 2)
final class TrafficCommand implements Callable<Integer> {

    private static final double MAX_RATE = 100;
    /** How long a shutdown waits for the payment in flight and the store's close. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:BANK_DB:-data/banking.db}",
            description = "The ledger's SQLite file; it must exist (default: $BANK_DB or ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "2",
            description = "Payments a second, on average, up to " + (int) MAX_RATE + " (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N payments tried (default: run until stopped).")
    long count;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the random choices (default: different each run).")
    Long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (!(rate > 0 && rate <= MAX_RATE)) {
            throw new ParameterException(spec.commandLine(), "--rate must be above 0 and at most " + MAX_RATE + ", was " + rate);
        }
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative, was " + count);
        }
        LedgerTarget target;
        try {
            target = LedgerTarget.parse(db);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread onShutdown = new Thread(() -> {
            stop.countDown();
            awaitQuietly(closed);
        }, "stop-demo-traffic");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        Tally tally;
        try (LedgerPorts ledger = SeederWiring.openLive(target.file())) {
            DemoTraffic traffic = new DemoTraffic(ledger.queries(), ledger.transfers(),
                    seed == null ? new Random() : new Random(seed));
            out.printf("Demo traffic into %s: about %s payments a second between %,d customer accounts."
                    + " Stop it with Ctrl-C.%n", target, rate, traffic.accountCount());
            out.flush();
            tally = traffic.run(rate, count, stop, progress -> {
                out.printf("Demo traffic: %,d payments posted%n", progress.posted());
                out.flush();
            });
        } finally {
            closed.countDown();
        }
        if (stop.getCount() > 0) {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        }
        out.printf("Demo traffic stopped: %,d posted, %,d refused by the core, %,d turns skipped (payer short of"
                + " money or not active).%n", tally.posted(), tally.refused(), tally.skipped());
        out.flush();
        return SeedRun.EXIT_OK;
    }

    private static void awaitQuietly(CountDownLatch closed) {
        try {
            closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
