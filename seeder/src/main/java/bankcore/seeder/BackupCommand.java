package bankcore.seeder;

import bankcore.core.domain.LedgerReport;
import bankcore.seeder.wiring.SeederWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code seeder backup}: a consistent, verified copy of a ledger that the API may be writing meanwhile. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Copies a ledger while it is in use: the copy holds every transfer committed",
            "before it began and no later one, in one self-contained file. It is written",
            "to COPY.partial, checked as 'verify' does, and only then renamed to COPY.",
            ""},
        footer = {"", "Exit codes: 0 copied and verified, 1 refused or failed (e.g. COPY exists),",
            "2 bad arguments, 3 the copy does not verify (it is kept as COPY.partial)."},
        exitCodeOnInvalidInput = 2)
final class BackupCommand implements Callable<Integer> {

    private static final String PARTIAL_SUFFIX = ".partial";

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:BANK_DB:-data/banking.db}",
            description = "The live ledger (default: $BANK_DB or ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--to", paramLabel = "COPY", required = true, description = "Where the copy goes.")
    Path to;

    @Option(names = "--force", description = "Replace COPY if it exists (without it, an existing COPY is refused).")
    boolean force;

    @Override
    public Integer call() {
        LedgerTarget live;
        try {
            live = LedgerTarget.parse(db);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path copy = to.toAbsolutePath();
        if (copy.equals(live.file())) {
            throw new ParameterException(spec.commandLine(), "--to must not be the ledger itself: " + copy);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!live.exists()) {
            err.printf("seeder: %s does not exist; nothing was copied.%n", live);
            return SeedRun.EXIT_REFUSED;
        }
        if (Files.exists(copy) && !force) {
            err.printf("seeder: %s already exists; nothing was changed. Use --force to replace it.%n", copy);
            return SeedRun.EXIT_REFUSED;
        }
        Path partial = Path.of(copy + PARTIAL_SUFFIX);
        LedgerTarget.deleteWithCompanions(partial);
        long startNs = System.nanoTime();
        SeederWiring.backup(live.file(), partial);
        double copySeconds = (System.nanoTime() - startNs) / 1e9;
        LedgerReport report = VerifyCommand.check(partial, out);
        if (!report.ok()) {
            err.printf("seeder: the copy does NOT verify (%d of %d checks fail), so neither does %s; the copy is"
                    + " kept in %s for inspection and %s is unchanged.%n", Checks.failed(report),
                    report.checks().size(), live, partial, copy);
            return VerifyCommand.EXIT_CHECK_FAILED;
        }
        LedgerTarget.moveInPlace(partial, copy);
        out.printf("Backed up %s to %s in %.1f s (%.1f MB); verified: all %d invariants hold.%n", live, copy,
                copySeconds, sizeOf(copy) / 1e6, report.checks().size());
        out.flush();
        return SeedRun.EXIT_OK;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
