package bankcore.core.domain;

import java.time.Instant;
import java.util.List;

/** The result of checking every invariant of the ledger at one moment. */
public record LedgerReport(Instant checkedAt, List<InvariantCheck> checks) {
    public LedgerReport {
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return checks.stream().allMatch(InvariantCheck::ok);
    }
}
