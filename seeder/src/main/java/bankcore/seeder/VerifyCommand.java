package bankcore.seeder;

import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.seeder.load.LedgerPorts;
import bankcore.seeder.wiring.SeederWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code seeder verify}: the five invariants and the hash chain of a ledger file, read without changing it. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks a ledger file, typically a backup, without changing it: every currency",
            "sums to zero, every balance equals its journal, no customer account is",
            "negative, the journal has no gap, and the hash chain verifies. The file is",
            "opened read-only (never migrated); a live ledger may be checked too.",
            ""},
        footer = {"", "Exit codes: 0 every check holds, 3 a check fails (the failures are named),",
            "1 the file cannot be read as a ledger, 2 bad arguments."},
        exitCodeOnInvalidInput = 2)
final class VerifyCommand implements Callable<Integer> {

    static final int EXIT_CHECK_FAILED = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The ledger file to check (or give --db).")
    String file;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:BANK_DB:-data/banking.db}",
            description = "The ledger file when FILE is not given (default: $BANK_DB or ${DEFAULT-VALUE}).")
    String db;

    @Override
    public Integer call() {
        LedgerTarget target;
        try {
            target = LedgerTarget.parse(file != null ? file : db);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!target.exists()) {
            spec.commandLine().getErr().printf("seeder: %s does not exist%n", target);
            return SeedRun.EXIT_REFUSED;
        }
        LedgerReport report = check(target.file(), out);
        if (report.ok()) {
            out.printf("Verified: all %d invariants hold.%n", report.checks().size());
            out.flush();
            return SeedRun.EXIT_OK;
        }
        spec.commandLine().getErr().printf("seeder: %s does NOT verify: %d of %d checks fail.%n", target,
                Checks.failed(report), report.checks().size());
        return EXIT_CHECK_FAILED;
    }

    /** Opens the file read-only, says what it holds, checks it and prints every check. */
    static LedgerReport check(Path file, PrintWriter out) {
        try (LedgerPorts ledger = SeederWiring.openReadOnly(file)) {
            LedgerSummary summary = ledger.analytics().summary();
            out.printf("Checking %s (read-only): %,d customers, %,d accounts, %,d transfers%n", file,
                    summary.customers(), summary.accounts(), summary.transfers());
            LedgerReport report = ledger.verifier().verify();
            Checks.print(report, out);
            return report;
        }
    }
}
