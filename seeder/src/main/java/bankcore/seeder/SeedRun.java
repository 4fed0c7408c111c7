package bankcore.seeder;

import bankcore.core.domain.LedgerException;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.seeder.generate.Population;
import bankcore.seeder.generate.PopulationGenerator;
import bankcore.seeder.generate.SeedSpec;
import bankcore.seeder.load.LedgerLoader;
import bankcore.seeder.load.ScriptedClock;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.load.SeedingTarget;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** One seeding, from the generated population to the verified ledger and the summary. */
final class SeedRun {

    static final int EXIT_OK = 0;
    static final int EXIT_REFUSED = 1;
    static final int EXIT_USAGE = 2;

    /**
     * What to seed and where.
     *
     * @param until when the history ends: the last movement lies just before it, so a ledger seeded
     *              "now" shows today's and the last hour's traffic on the dashboard
     */
    record Settings(SeedSpec spec, SeedingTarget target, boolean reset, String adminEmail, char[] adminPassword,
                    boolean passwordGenerated, int batchSize, Instant until) {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean onTerminal;

    SeedRun(PrintWriter out, PrintWriter err, boolean onTerminal) {
        this.out = out;
        this.err = err;
        this.onTerminal = onTerminal;
    }

    /**
     * Seeds into a file beside the target and renames it into place only once the ledger verifies, so
     * that a run stopped half-way (Ctrl-C, a full disk) never leaves half a ledger where one is expected.
     */
    int run(Settings settings) {
        long startNs = System.nanoTime();
        SeedSpec spec = settings.spec();
        SeedingTarget target = settings.target();
        if (target.deleteLeftoverSeeding()) {
            err.printf("seeder: found %s, left by a seeding that did not finish; it was never used and is"
                    + " replaced now.%n", target.seedingName());
        }
        if (!settings.reset()) {
            long existing = target.customersInTarget();
            if (existing > 0) {
                err.printf("seeder: %s already holds a ledger (%,d customers); nothing was changed."
                        + " Use --reset to replace it.%n", target, existing);
                return EXIT_REFUSED;
            }
        }
        Population population = PopulationGenerator.generate(spec);
        long generatedNs = System.nanoTime();

        Instant firstDay = settings.until().minus(Duration.ofDays(spec.days()));
        Instant origin = firstDay.minusMillis(PopulationGenerator.ONBOARDING_WINDOW_MS);
        ScriptedClock clock = new ScriptedClock(origin);
        Timings timings = new Timings(startNs, generatedNs);
        LedgerReport report = null;
        LedgerSummary summary = null;
        boolean adminRegistered;
        try (LedgerPorts ledger = target.openSeeding(clock, spec.seed())) {
            LedgerLoader loader = new LedgerLoader(ledger, clock, origin, settings.batchSize());
            adminRegistered = registerAdmin(loader, settings);
            if (adminRegistered) {
                try (Progress progress = Progress.start("Customers", spec.customers(), "customers", onTerminal)) {
                    loader.onboard(population, progress::stepBy);
                }
                timings.onboarded = System.nanoTime();
                long transfers = population.accounts().size() + spec.transfers();
                try (Progress progress = Progress.start("Transfers", transfers, "transfers", onTerminal)) {
                    loader.openingDeposits(population, progress::stepBy);
                    loader.post(population.movements(), progress::stepBy);
                }
                timings.posted = System.nanoTime();
                timings.coreNs = loader.coreNanos();
                clock.release();
                // The seeding was written for speed: its deferred indexes are built and the whole of it made
                // durable now, so that what is verified next is exactly what will be put in place.
                ledger.finishLoad();
                timings.finished = System.nanoTime();
                report = ledger.verifier().verify();
                timings.verified = System.nanoTime();
                summary = ledger.analytics().summary();
                if (report.ok()) {
                    ledger.authentication().login(settings.adminEmail(), settings.adminPassword());
                }
            }
        }
        if (!adminRegistered) {
            target.deleteLeftoverSeeding();
            return EXIT_USAGE;
        }
        if (!report.ok()) {
            printFailedChecks(report);
            err.printf("seeder: %s is unchanged; the ledger that failed is kept in %s for inspection.%n",
                    target, target.seedingName());
            return EXIT_REFUSED;
        }
        target.replaceWithSeeding();
        printSummary(settings, summary, population, timings, firstDay);
        out.printf("Verified: all %d invariants hold.%n", report.checks().size());
        printAdminLogin(settings);
        return EXIT_OK;
    }

    /** The admin first; false (and the reason on stderr) when the core refuses the e-mail or password given. */
    private boolean registerAdmin(LedgerLoader loader, Settings settings) {
        try {
            loader.registerAdmin(settings.adminEmail(), settings.adminPassword(), settings.spec().currencies().get(0));
            return true;
        } catch (LedgerException refused) {
            if (refused.refusal() != Refusal.INVALID_ARGUMENT) {
                throw refused;
            }
            err.println("seeder: the admin's e-mail or password: " + refused.detail());
            return false;
        }
    }

    /** When each phase ended, in {@link System#nanoTime()}. */
    private static final class Timings {
        final long startNs;
        final long generatedNs;
        long onboarded;
        long posted;
        long finished;
        long verified;
        long coreNs;

        Timings(long startNs, long generatedNs) {
            this.startNs = startNs;
            this.generatedNs = generatedNs;
        }
    }

    private void printSummary(Settings settings, LedgerSummary summary, Population population, Timings t,
                              Instant firstDay) {
        SeedSpec spec = settings.spec();
        double transferSeconds = (t.posted - t.onboarded) / 1e9;
        long posted = population.accounts().size() + spec.transfers();
        out.printf("Seeded %s (seed %d)%n", settings.target(), spec.seed());
        out.printf("  customers  %,d and 1 admin; %,d accounts (cash accounts included)%n",
                summary.customers() - 1, summary.accounts());
        out.printf("  transfers  %,d: %,d opening deposits and %,d over %d days, %s to %s (UTC)%n",
                summary.transfers(), population.accounts().size(), spec.transfers(), spec.days(),
                MINUTES.format(firstDay), MINUTES.format(settings.until()));
        out.printf("  time       %.1f s: generating customers %.1f s, registering %.1f s, transfers %.1f s"
                        + " (%,.0f transfers/s; %.0f %% of it in the core's writes), indexing and syncing %.1f s,"
                        + " verifying %.1f s%n",
                (t.verified - t.startNs) / 1e9, (t.generatedNs - t.startNs) / 1e9,
                (t.onboarded - t.generatedNs) / 1e9, transferSeconds, posted / Math.max(transferSeconds, 1e-9),
                100.0 * t.coreNs / Math.max(1, t.posted - t.onboarded), (t.finished - t.posted) / 1e9,
                (t.verified - t.finished) / 1e9);
        for (CurrencySummary currency : summary.currencies()) {
            out.printf("  %s        customers hold %,." + currency.currency().getDefaultFractionDigits() + "f %s"
                            + " in %,d accounts; wealth Gini %.2f%n",
                    currency.currency().getCurrencyCode(), currency.liquidity().toDecimal(),
                    currency.currency().getCurrencyCode(), currency.customerAccounts(), currency.gini());
        }
        Optional<Long> bytes = settings.target().sizeBytes();
        bytes.ifPresent(size -> out.printf("  file       %.1f MB%n", size / 1e6));
    }

    private void printFailedChecks(LedgerReport report) {
        err.println("seeder: the ledger does NOT verify:");
        Checks.print(report, err);
    }

    private void printAdminLogin(Settings settings) {
        if (settings.passwordGenerated()) {
            out.printf("Admin login: %s / %s  (generated: note it now, it is not stored anywhere else)%n",
                    settings.adminEmail(), new String(settings.adminPassword()));
        } else {
            out.printf("Admin login: %s with the password given ($BANK_ADMIN_PASSWORD or --admin-password-file)%n",
                    settings.adminEmail());
        }
        out.flush();
    }
}
