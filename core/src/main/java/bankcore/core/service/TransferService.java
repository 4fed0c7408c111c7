package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.BatchItemRefusedException;
import bankcore.core.domain.Customer;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.out.AccountReader;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerTransaction;
import bankcore.core.port.out.LedgerWriter;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Transfers, reversals, deposits and withdrawals: every way money moves goes through {@link Posting}. */
public final class TransferService implements TransferMoney, MoveCash {
    /** Bounds one write so a single caller cannot hold the writer for long. */
    public static final int MAX_BATCH = 10_000;

    private final LedgerWriter writer;
    private final AccountReader accounts;
    private final CustomerStore customers;
    private final Posting posting;

    public TransferService(LedgerWriter writer, AccountReader accounts, CustomerStore customers, InstantSource clock,
                           IdSource ids) {
        this.writer = writer;
        this.accounts = accounts;
        this.customers = customers;
        this.posting = new Posting(clock, ids);
    }

    @Override
    public Posted transfer(TransferCommand command) {
        return writeOne(tx -> posted(postIdempotently(tx, command)));
    }

    @Override
    public Posted transferToCustomer(ToCustomer command) {
        Customer receiver = customers.findCustomer(command.receiverCustomerId())
                .orElseThrow(() -> Refusal.CUSTOMER_NOT_FOUND.because("customer " + command.receiverCustomerId()
                        + " does not exist"));
        if (receiver.id() == command.senderCustomerId()) {
            throw Refusal.SAME_ACCOUNT.because("cannot transfer to yourself");
        }
        Money amount = command.amount();
        long from = DefaultAccount.of(accounts, command.senderCustomerId(), amount.currency()).id();
        long to = DefaultAccount.of(accounts, receiver.id(), amount.currency()).id();
        return transfer(new TransferCommand(from, to, amount, command.description(), command.idempotencyKey(),
                OptionalLong.of(command.senderCustomerId())));
    }

    @Override
    public List<Transfer> transferAll(List<TransferCommand> commands) {
        requireBatch(commands);
        return this.<List<Transfer>>writeOne(tx -> {
            List<Transfer> posted = new ArrayList<>(commands.size());
            for (int index = 0; index < commands.size(); index++) {
                try {
                    posted.add(postIdempotently(tx, commands.get(index)).transfers().get(0));
                } catch (LedgerException refused) {
                    throw new BatchItemRefusedException(index, refused);
                }
            }
            return posted;
        });
    }

    @Override
    public List<Outcome<Posted>> transferEach(List<TransferCommand> commands) {
        requireBatch(commands);
        List<LedgerCommand<Posted>> each = commands.stream()
                .<LedgerCommand<Posted>>map(command -> tx -> posted(postIdempotently(tx, command)))
                .toList();
        return writer.write(each);
    }

    @Override
    public Posted reverse(UUID transferId, String description, Optional<IdempotencyKey> idempotencyKey) {
        String checked = Transfer.requireDescription(description);
        return writeOne(tx -> posted(Idempotency.run(tx, idempotencyKey, "reverse|" + transferId + "|" + checked,
                posting.clock(), () -> List.of(postReversal(tx, transferId, checked)))));
    }

    @Override
    public Posted deposit(CashCommand command) {
        return writeOne(tx -> posted(Idempotency.run(tx, command.idempotencyKey(), fingerprint("deposit", command),
                posting.clock(), () -> List.of(posting.post(tx, posting.cashAccount(tx, command.amount().currency()),
                        Posting.requireAccount(tx, command.accountId()), command.amount(), command.description(),
                        null)))));
    }

    @Override
    public Posted withdraw(CashCommand command) {
        return writeOne(tx -> posted(Idempotency.run(tx, command.idempotencyKey(), fingerprint("withdraw", command),
                posting.clock(), () -> List.of(posting.post(tx, Posting.requireAccount(tx, command.accountId()),
                        posting.cashAccount(tx, command.amount().currency()), command.amount(),
                        command.description(), null)))));
    }

    private Idempotency.Result postIdempotently(LedgerTransaction tx, TransferCommand command) {
        return Idempotency.run(tx, command.idempotencyKey(), fingerprint(command), posting.clock(),
                () -> List.of(postAsInitiator(tx, command)));
    }

    /**
     * A customer may only spend from its own account and pay other customers; to anyone else an
     * account it may not touch looks like one that does not exist, so ids cannot be probed. Each
     * account is read once: the accounts checked here are the ones posted.
     */
    private Transfer postAsInitiator(LedgerTransaction tx, TransferCommand command) {
        if (command.initiatedBy().isEmpty()) {
            return posting.post(tx, command.fromAccountId(), command.toAccountId(), command.amount(),
                    command.description(), null);
        }
        long customerId = command.initiatedBy().getAsLong();
        Account from = Posting.requireAccount(tx, command.fromAccountId());
        if (!from.isOwnedBy(customerId)) {
            throw Refusal.ACCOUNT_NOT_FOUND.because("account " + command.fromAccountId() + " does not exist");
        }
        Account to = Posting.requireAccount(tx, command.toAccountId());
        if (to.isSystem()) {
            throw Refusal.ACCOUNT_NOT_FOUND.because("account " + command.toAccountId() + " does not exist");
        }
        return posting.post(tx, from, to, command.amount(), command.description(), null);
    }

    private Transfer postReversal(LedgerTransaction tx, UUID transferId, String description) {
        Transfer original = tx.transfer(transferId)
                .orElseThrow(() -> Refusal.TRANSFER_NOT_FOUND.because("transfer " + transferId + " does not exist"));
        if (tx.reversalOf(transferId).isPresent()) {
            throw Refusal.ALREADY_REVERSED.because("transfer " + transferId + " was already reversed");
        }
        String text = description.isEmpty() ? "reversal of " + transferId : description;
        return posting.post(tx, original.creditAccountId(), original.debitAccountId(), original.amount(), text,
                transferId);
    }

    private <T> T writeOne(LedgerCommand<T> command) {
        return writer.write(List.of(command)).get(0).orThrow();
    }

    private static Posted posted(Idempotency.Result result) {
        return new Posted(result.transfers().get(0), result.replayed());
    }

    /** Every batch use case takes 1 to {@link #MAX_BATCH} commands. */
    static void requireBatch(List<?> commands) {
        if (commands.isEmpty() || commands.size() > MAX_BATCH) {
            throw Refusal.INVALID_ARGUMENT.because("a batch holds 1 to " + MAX_BATCH + " commands, got "
                    + commands.size());
        }
    }

    /** Two requests are "the same" when they would move the same money the same way, however the amount was spelled. */
    private static String fingerprint(TransferCommand command) {
        return "transfer|" + command.fromAccountId() + "|" + command.toAccountId() + "|" + amount(command.amount())
                + "|" + command.description() + "|" + command.initiatedBy();
    }

    private static String fingerprint(String kind, CashCommand command) {
        return kind + "|" + command.accountId() + "|" + amount(command.amount()) + "|" + command.description();
    }

    private static String amount(Money amount) {
        return amount.amountMinor() + " " + amount.currency().getCurrencyCode();
    }
}
