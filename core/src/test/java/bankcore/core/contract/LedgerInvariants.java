package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;

import static org.assertj.core.api.Assertions.assertThat;

/** The assertion every concurrency and crash test ends with: all five invariants of the ledger (docs/architecture.md) hold. */
public final class LedgerInvariants {
    private LedgerInvariants() {
    }

    public static void assertAllHold(Ledger ledger) {
        LedgerReport report = ledger.verifier().verify();
        assertThat(report.checks()).extracting(InvariantCheck::name).containsExactly("sum-to-zero",
                "balances-match-journal", "no-negative-customer-balance", "journal-complete", "hash-chain");
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.ok()).as(check.name() + ": " + check.detail())
                .isTrue());
    }
}
