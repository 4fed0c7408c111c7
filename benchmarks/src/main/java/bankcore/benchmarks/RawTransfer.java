package bankcore.benchmarks;

import bankcore.core.domain.Money;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One random transfer between two different accounts, as the raw-JDBC loops and the core both post it. */
record RawTransfer(long debitAccountId, long creditAccountId, long amountMinor) {

    static List<RawTransfer> random(SplittableRandom random, long[] accounts, int count) {
        List<RawTransfer> transfers = new ArrayList<>(count);
        for (TransferCommand command : LedgerSeeding.randomTransfers(random, accounts, count, FundedLedger.EUR,
                100, 1_000)) {
            transfers.add(new RawTransfer(command.fromAccountId(), command.toAccountId(),
                    command.amount().amountMinor()));
        }
        return transfers;
    }

    TransferCommand command() {
        return TransferCommand.of(debitAccountId, creditAccountId, Money.of(amountMinor, FundedLedger.EUR),
                "benchmark transfer");
    }
}
