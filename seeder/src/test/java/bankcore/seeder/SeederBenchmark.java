package bankcore.seeder;

import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.wiring.SeederWiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Not a test: measures the seeder against the core's own best batch throughput, on the same
 * machine in the same JVM run, as the seeder's benchmark asks. Run it with
 * {@code mvn -pl seeder -am -Pbenchmark verify} (see seeder/BENCHMARK.md).
 *
 * <p>The baseline is the cheapest work the batch path can get: pre-built 1.00 EUR transfers between
 * a thousand well-funded accounts, no generation at all, in batches of each size tried.
 */
public final class SeederBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int BASELINE_ACCOUNTS = 1_000;
    private static final int[] BATCH_SIZES = {1_000, 10_000};

    private SeederBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long transfers = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int baselineTransfers = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        Path dir = Files.createTempDirectory("seeder-benchmark");
        System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"));

        double best = 0;
        for (int batchSize : BATCH_SIZES) {
            double rate = coreBaseline(dir.resolve("baseline-" + batchSize + ".db"), batchSize, baselineTransfers);
            System.out.printf("core baseline: transferEach in batches of %,d: %,.0f transfers/s%n", batchSize, rate);
            best = Math.max(best, rate);
        }

        Path db = dir.resolve("seeded.db");
        String[] seederArgs = {"--db", db.toString(), "--customers", Integer.toString(customers),
            "--transfers", Long.toString(transfers), "--days", "90", "--seed", "42",
            "--admin-password", "benchmark-only-password"};
        System.out.println("seeder: java -jar seeder.jar " + String.join(" ", seederArgs));
        long startNs = System.nanoTime();
        int exitCode = SeedCommand.commandLine().execute(seederArgs);
        double seconds = (System.nanoTime() - startNs) / 1e9;
        double seederRate = transfers / seconds;
        deleteRecursively(dir);
        System.out.printf("seeder: exit %d, %.1f s wall for %,d customers and %,d transfers: %,.0f transfers/s"
                + " over the whole run; %.1fx the core's best batch throughput (%,.0f/s)%n", exitCode, seconds,
                customers, transfers, seederRate, best / seederRate, best);
    }

    /** Transfers per second through {@code transferEach} alone, on a fresh file. */
    private static double coreBaseline(Path file, int batchSize, int transfers) {
        try (LedgerPorts ledger = SeederWiring.open(file, InstantSource.system(), 1)) {
            List<RegisterCustomer.Command> registrations = new ArrayList<>();
            for (int i = 0; i < BASELINE_ACCOUNTS; i++) {
                registrations.add(RegisterCustomer.Command.customer("Customer " + i, "c" + i + "@bench.example", null,
                        EUR));
            }
            long[] accounts = ledger.registration().registerEach(registrations).stream()
                    .map(Outcome::orThrow).mapToLong(r -> r.account().id()).toArray();
            Money funds = Money.of(1_000_000_000L, EUR);
            ledger.cash().deposit(CashCommand.of(accounts[0], funds, "funding"));
            long cash = ledger.queries().cashAccount(EUR).orElseThrow().id();
            List<TransferCommand> funding = new ArrayList<>();
            for (int i = 1; i < accounts.length; i++) {
                funding.add(TransferCommand.of(cash, accounts[i], funds, "funding"));
            }
            ledger.transfers().transferEach(funding);

            // Built before the clock starts: the baseline times the core and its store, nothing else.
            Random random = new Random(1);
            Money amount = Money.of(100, EUR);
            List<List<TransferCommand>> batches = new ArrayList<>();
            for (int done = 0; done < transfers; done += batchSize) {
                List<TransferCommand> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    int from = random.nextInt(accounts.length);
                    int to = (from + 1 + random.nextInt(accounts.length - 1)) % accounts.length;
                    batch.add(TransferCommand.of(accounts[from], accounts[to], amount, "benchmark"));
                }
                batches.add(batch);
            }
            long startNs = System.nanoTime();
            for (List<TransferCommand> batch : batches) {
                ledger.transfers().transferEach(batch).forEach(Outcome::orThrow);
            }
            return batches.size() * (double) batchSize / ((System.nanoTime() - startNs) / 1e9);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }
}
