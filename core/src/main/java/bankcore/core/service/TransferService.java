package bankcore.core.service;

import bankcore.core.domain.BatchItemRefusedException;
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
import java.util.function.Function;

/** Transfers, reversals, deposits and withdrawals: every way money moves goes through {@link Posting}. */
public final class TransferService implements TransferMoney, MoveCash {
    /** Bounds one write so a single caller cannot hold the writer for long. */
    public static final int MAX_BATCH = 10_000;

    private final LedgerWriter writer;
    private final CustomerStore customers;
    private final Posting posting;
    private final DefaultAccount defaultAccount;

    public TransferService(LedgerWriter writer, AccountReader accounts, CustomerStore customers, InstantSource clock,
                           IdSource ids) {
        this.writer = writer;
        this.customers = customers;
        this.defaultAccount = new DefaultAccount(accounts);
        this.posting = new Posting(clock, ids);
    }

    @Override
    public Posted transfer(TransferCommand command) {
        Posting posting = this.posting.forCurrentCaller();
        return writeOne(tx -> posted(postIdempotently(tx, posting, command)));
    }

    @Override
    public Posted transferToCustomer(ToCustomer command) {
        Money amount = command.amount();
        long receiver = command.receiverCustomerId();
        if (!defaultAccount.isKnown(receiver, amount.currency()) && customers.findCustomer(receiver).isEmpty()) {
            throw Refusal.CUSTOMER_NOT_FOUND.because("customer " + receiver + " does not exist");
        }
        if (receiver == command.senderCustomerId()) {
            throw Refusal.SAME_ACCOUNT.because("cannot transfer to yourself");
        }
        long from = defaultAccount.idOf(command.senderCustomerId(), amount.currency());
        long to = defaultAccount.idOf(receiver, amount.currency());
        return transfer(new TransferCommand(from, to, amount, command.description(), command.idempotencyKey(),
                OptionalLong.of(command.senderCustomerId())));
    }

    @Override
    public List<Transfer> transferAll(List<TransferCommand> commands) {
        requireBatch(commands);
        Posting posting = this.posting.forCurrentCaller();
        return this.<List<Transfer>>writeOne(tx -> eachNamingTheRefused(commands,
                command -> postIdempotently(tx, posting, command).transfers().get(0)));
    }

    @Override
    public List<Outcome<Posted>> transferEach(List<TransferCommand> commands) {
        requireBatch(commands);
        Posting posting = this.posting.forCurrentCaller();
        List<LedgerCommand<Posted>> each = commands.stream()
                .<LedgerCommand<Posted>>map(command -> tx -> posted(postIdempotently(tx, posting, command)))
                .toList();
        return writer.write(each);
    }

    @Override
    public Posted reverse(UUID transferId, String description, Optional<IdempotencyKey> idempotencyKey) {
        String checked = Transfer.requireDescription(description);
        Posting posting = this.posting.forCurrentCaller();
        return writeOne(tx -> posted(Idempotency.run(tx, idempotencyKey, "reverse|" + transferId + "|" + checked,
                posting.clock(), () -> List.of(postReversal(tx, posting, transferId, checked)))));
    }

    @Override
    public Posted deposit(CashCommand command) {
        Posting posting = this.posting.forCurrentCaller();
        return writeOne(tx -> posted(Idempotency.run(tx, command.idempotencyKey(), fingerprint("deposit", command),
                posting.clock(), () -> List.of(posting.post(tx, posting.cashAccount(tx, command.amount().currency()),
                        Posting.requireAccount(tx, command.accountId()), command.amount(), command.description(),
                        null)))));
    }

    @Override
    public Posted withdraw(CashCommand command) {
        Posting posting = this.posting.forCurrentCaller();
        return writeOne(tx -> posted(Idempotency.run(tx, command.idempotencyKey(), fingerprint("withdraw", command),
                posting.clock(), () -> List.of(posting.post(tx, Posting.requireAccount(tx, command.accountId()),
                        posting.cashAccount(tx, command.amount().currency()), command.amount(),
                        command.description(), null)))));
    }

    static Idempotency.Result postIdempotently(LedgerTransaction tx, Posting posting, TransferCommand command) {
        return Idempotency.run(tx, command.idempotencyKey(), fingerprint(command), posting.clock(),
                () -> List.of(postAsInitiator(tx, posting, command)));
    }

    /** A customer's transfer goes between the accounts {@link Parties} lets it touch. */
    private static Transfer postAsInitiator(LedgerTransaction tx, Posting posting, TransferCommand command) {
        if (command.initiatedBy().isEmpty()) {
            return posting.post(tx, command.fromAccountId(), command.toAccountId(), command.amount(),
                    command.description(), null);
        }
        Parties parties = Parties.forCustomer(tx, command, command.initiatedBy().getAsLong());
        return posting.post(tx, parties.from(), parties.to(), command.amount(), command.description(), null);
    }

    private static Transfer postReversal(LedgerTransaction tx, Posting posting, UUID transferId, String description) {
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

    static Posted posted(Idempotency.Result result) {
        return new Posted(result.transfers().get(0), result.replayed());
    }

    /**
     * Posts each item in order, inside one command of an all-or-nothing batch; a refusal names the item it was
     * refused at, so the caller can say which one failed.
     */
    static <C> List<Transfer> eachNamingTheRefused(List<C> items, Function<C, Transfer> post) {
        List<Transfer> posted = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            try {
                posted.add(post.apply(items.get(index)));
            } catch (LedgerException refused) {
                throw new BatchItemRefusedException(index, refused);
            }
        }
        return posted;
    }

    /** Every batch use case takes 1 to {@link #MAX_BATCH} commands. */
    static void requireBatch(List<?> commands) {
        if (commands.isEmpty() || commands.size() > MAX_BATCH) {
            throw Refusal.INVALID_ARGUMENT.because("a batch holds 1 to " + MAX_BATCH + " commands, got "
                    + commands.size());
        }
    }

    /** Two requests are "the same" when they would move the same money the same way, however the amount was spelled. */
    static String fingerprint(TransferCommand command) {
        return "transfer|" + command.fromAccountId() + "|" + command.toAccountId() + "|" + amount(command.amount())
                + "|" + command.description() + "|" + command.initiatedBy();
    }

    private static String fingerprint(String kind, CashCommand command) {
        return kind + "|" + command.accountId() + "|" + amount(command.amount()) + "|" + command.description();
    }

    static String amount(Money amount) {
        return amount.amountMinor() + " " + amount.currency().getCurrencyCode();
    }
}
