package bankcore.seeder;

import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;

import java.io.PrintWriter;

/** A ledger report as the operator reads it: one line per invariant, failures marked. */
final class Checks {

    private Checks() {
    }

    static void print(LedgerReport report, PrintWriter to) {
        for (InvariantCheck check : report.checks()) {
            to.printf("  %s %s: %s%n", check.ok() ? "ok  " : "FAIL", check.name(), check.detail());
        }
        to.flush();
    }

    static long failed(LedgerReport report) {
        return report.checks().stream().filter(check -> !check.ok()).count();
    }
}
