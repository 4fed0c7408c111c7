package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Outcome;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.out.AccountReader;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerWriter;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dry runs: the real use cases over a writer that hands each command a {@link RehearsalTransaction}
 * instead of the store's. The commands still run inside the store's writer, so they are decided
 * against exactly what a real request would see at that moment.
 */
public final class DryRunService implements DryRun {
    private final LedgerWriter writer;
    private final AccountReader accounts;
    private final CustomerStore customers;
    private final InstantSource clock;
    private final IdSource ids;

    public DryRunService(LedgerWriter writer, AccountReader accounts, CustomerStore customers, InstantSource clock,
                         IdSource ids) {
        this.writer = writer;
        this.accounts = accounts;
        this.customers = customers;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public <T> Rehearsal<T> rehearse(Function<MoneyMovement, T> request) {
        RehearsingWriter rehearsing = new RehearsingWriter(writer);
        TransferService transfers = new TransferService(rehearsing, accounts, customers, clock, ids);
        HoldService holds = new HoldService(rehearsing, clock, ids);
        T result = request.apply(new MoneyMovement() {
            @Override
            public TransferMoney transfers() {
                return transfers;
            }

            @Override
            public MoveCash cash() {
                return transfers;
            }

            @Override
            public HoldFunds holds() {
                return holds;
            }
        });
        return new Rehearsal<>(result, rehearsing.accountsAfter());
    }

    /**
     * Keeps what each successful command wrote, for the next command and for the answer. Command
     * {@code i} starts from what the last successful command before it left, so a store that runs a
     * request's commands again (after a failed group) rehearses them again from the same start.
     */
    private static final class RehearsingWriter implements LedgerWriter {
        private final LedgerWriter real;
        private volatile RehearsalTransaction last;

        RehearsingWriter(LedgerWriter real) {
            this.real = real;
        }

        @Override
        public <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
            RehearsalTransaction start = last;
            RehearsalTransaction[] after = new RehearsalTransaction[commands.size()];
            List<LedgerCommand<T>> rehearsed = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                int index = i;
                LedgerCommand<T> command = commands.get(i);
                rehearsed.add(tx -> {
                    RehearsalTransaction from = latest(start, after, index);
                    RehearsalTransaction attempt = from == null ? new RehearsalTransaction(tx) : from.next(tx);
                    T result = command.applyTo(attempt);
                    after[index] = attempt;
                    return result;
                });
            }
            List<Outcome<T>> outcomes = real.write(rehearsed);
            last = latest(start, after, after.length);
            return outcomes;
        }

        private static RehearsalTransaction latest(RehearsalTransaction start, RehearsalTransaction[] after, int before) {
            for (int i = before - 1; i >= 0; i--) {
                if (after[i] != null) {
                    return after[i];
                }
            }
            return start;
        }

        Map<Long, Account> accountsAfter() {
            return last == null ? Map.of() : last.accountsAfter();
        }
    }
}
