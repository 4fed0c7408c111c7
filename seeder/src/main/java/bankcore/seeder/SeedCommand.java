package bankcore.seeder;

import bankcore.seeder.generate.SeedSpec;
import bankcore.seeder.load.SeedingTarget;
import bankcore.seeder.wiring.SeederWiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The command line: options, their checks, and which run to start. */
@Command(
        name = "seeder",
        mixinStandardHelpOptions = true,
        version = "bankcore seeder 0.1.0",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Fills a bankcore ledger with realistic fake customers, accounts and transfers, through the core.",
            "The same arguments and seed always give the same ledger content (timestamps shift with --until).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar seeder.jar --customers 10000 --transfers 1000000 --seed 42",
            "  java -jar seeder.jar --db data/demo.db --reset --currency EUR,USD --days 30",
            "  java -jar seeder.jar traffic --db data/demo.db --rate 2",
            "  java -jar seeder.jar backup --db data/banking.db --to backup/banking.db",
            "  java -jar seeder.jar verify backup/banking.db",
            "",
            "Exit codes: 0 seeded and verified, 1 refused or failed (e.g. the ledger is not empty), 2 bad arguments."},
        exitCodeOnInvalidInput = 2,
        subcommands = {TrafficCommand.class, BackupCommand.class, VerifyCommand.class})
final class SeedCommand implements Callable<Integer> {

    private static final int GENERATED_PASSWORD_LENGTH = 20;
    /** The core takes at most 10,000 commands per batch call. */
    private static final int MAX_BATCH_SIZE = 10_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            defaultValue = "${env:BANK_DB:-data/banking.db}",
            description = "The ledger's SQLite file, created if missing, or a jdbc:postgresql: URL (its schema; the"
                    + " user and password from it or $BANK_DB_USER, $BANK_DB_PASSWORD) (default: $BANK_DB or ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000",
            description = "How many customers, 1 to " + SeedSpec.MAX_CUSTOMERS + " (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--transfers", paramLabel = "N", defaultValue = "100000",
            description = "How many transfers after the opening deposits: payments, salaries, withdrawals"
                    + " (default: ${DEFAULT-VALUE}).")
    long transfers;

    @Option(names = "--days", paramLabel = "N", defaultValue = "90",
            description = "Spread the transfers over the N days that end at --until (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--currency", paramLabel = "CODE", split = ",", converter = CurrencyConverter.class,
            defaultValue = "${env:BANK_CURRENCY:-EUR}",
            description = "Account currencies, comma-separated; the first is the most common"
                    + " (default: $BANK_CURRENCY or EUR).")
    List<Currency> currencies;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of every random choice: the same seed gives the same ledger (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reset",
            description = "Replace an existing ledger (once the new one verifies). Without it, a ledger that holds"
                    + " anything is left alone.")
    boolean reset;

    @Option(names = "--admin-email", paramLabel = "EMAIL",
            defaultValue = "${env:BANK_ADMIN_EMAIL:-admin@bank.example}",
            description = "The admin's login (default: $BANK_ADMIN_EMAIL or admin@bank.example).")
    String adminEmail;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "A file whose first line is the admin's password. Without it: $BANK_ADMIN_PASSWORD;"
                    + " without either, a random one is generated and printed at the end. Never on the"
                    + " command line, where every user of the machine can read it.")
    Path adminPasswordFile;

    /** Refused with a pointer to the safe ways: kept so that an old script fails loudly, not silently. */
    @Option(names = "--admin-password", paramLabel = "PASSWORD", hidden = true)
    String adminPasswordOnCommandLine;

    @Option(names = "--until", paramLabel = "INSTANT",
            description = "When the history ends, e.g. 2026-12-01T12:00:00Z, not in the future (default: now,"
                    + " so the dashboard shows today's traffic). Give it to reproduce a ledger to the millisecond.")
    Instant until;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "10000",
            description = "Commands per batch handed to the core, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--dry-run",
            description = "Generate everything but write nothing: shows how fast generation alone is.")
    boolean dryRun;

    private final Map<String, String> environment;
    private final InstantSource clock;

    private SeedCommand(Map<String, String> environment, InstantSource clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** The command line on the process's environment and the system clock. */
    static CommandLine commandLine() {
        return commandLine(System.getenv(), InstantSource.system());
    }

    /** The command line with the house error handling: a usage error is one line and exit code 2. */
    static CommandLine commandLine(Map<String, String> environment, InstantSource clock) {
        CommandLine commandLine = new CommandLine(new SeedCommand(environment, clock));
        commandLine.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("seeder: " + ex.getMessage());
            err.println("Run 'seeder --help' for the options.");
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        // Anything else that goes wrong (a locked or corrupt file, a full disk) is one sentence, not a stack trace.
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            cl.getErr().println("seeder: failed: " + ex.getMessage());
            return SeedRun.EXIT_REFUSED;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        SeedSpec seedSpec = seedSpec();
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            return new DryRun(out, Progress.onTerminal()).run(seedSpec);
        }
        SeedingTarget target;
        try {
            Optional<SeedingTarget> postgres = SeederWiring.postgresTarget(db, environment);
            target = postgres.isPresent() ? postgres.get() : LedgerTarget.parse(db);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        Instant end = until == null ? clock.instant() : until;
        if (end.isAfter(clock.instant())) {
            throw usageError("--until must not be in the future (history there would sort after the transfers"
                    + " that really happen next), was " + until);
        }
        char[] given = adminPassword();
        boolean generated = given.length == 0;
        char[] password = generated ? generatedPassword().toCharArray() : given;
        return new SeedRun(out, spec.commandLine().getErr(), Progress.onTerminal()).run(new SeedRun.Settings(
                seedSpec, target, reset, adminEmail, password, generated, batchSize, end));
    }

    /** The admin's password from the file or the environment; empty when neither gives one. */
    private char[] adminPassword() {
        if (adminPasswordOnCommandLine != null) {
            throw usageError("--admin-password is not accepted: a password on the command line is visible to"
                    + " every user of the machine (ps). Set $BANK_ADMIN_PASSWORD or use --admin-password-file FILE.");
        }
        if (adminPasswordFile == null) {
            return environment.getOrDefault("BANK_ADMIN_PASSWORD", "").toCharArray();
        }
        try {
            List<String> lines = Files.readAllLines(adminPasswordFile);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw usageError("--admin-password-file: " + adminPasswordFile + " is empty");
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw usageError("--admin-password-file: cannot read " + adminPasswordFile + ": " + e.getMessage());
        }
    }

    private SeedSpec seedSpec() {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw usageError("--batch-size must be between 1 and " + MAX_BATCH_SIZE + ", was " + batchSize);
        }
        try {
            return new SeedSpec(customers, transfers, days, currencies, seed);
        } catch (IllegalArgumentException e) {
            throw usageError("--" + e.getMessage());
        }
    }

    /** A random password for the admin, printed once at the end: letters and digits that cannot be misread. */
    private static String generatedPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
