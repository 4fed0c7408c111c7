package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.BalanceAsOf;
import bankcore.core.domain.Customer;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferStatus;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.out.AccountReader;
import bankcore.core.port.out.AuditReader;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.JournalReader;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** Reads, with cursors that are positions (a sequence or an id), so pages stay stable while the journal grows. */
public final class QueryService implements LedgerQueries {
    private static final int STREAM_PAGE = 1_000;

    private final AccountReader accounts;
    private final JournalReader journal;
    private final CustomerStore customers;
    private final AuditReader audit;
    private final DefaultAccount defaultAccount;

    public QueryService(AccountReader accounts, JournalReader journal, AuditReader audit, CustomerStore customers) {
        this.accounts = accounts;
        this.audit = audit;
        this.defaultAccount = new DefaultAccount(accounts);
        this.journal = journal;
        this.customers = customers;
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return customers.findCustomer(customerId);
    }

    @Override
    public Optional<Customer> customerByEmail(String email) {
        try {
            return customers.findCustomerByEmail(Customer.normalizeEmail(email));
        } catch (LedgerException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public Page<Customer> customers(Optional<String> cursor, int limit) {
        long afterId = Page.decodeCursor(cursor, 0);
        return page(customers.customers(afterId, Page.requireLimit(limit) + 1), limit, Customer::id);
    }

    @Override
    public Optional<Account> account(long accountId) {
        return accounts.findAccount(accountId);
    }

    @Override
    public List<Account> accountsOf(long customerId) {
        return accounts.accountsOwnedBy(customerId);
    }

    @Override
    public long defaultAccountId(long customerId, Currency currency) {
        return defaultAccount.idOf(customerId, currency);
    }

    @Override
    public Optional<Account> cashAccount(Currency currency) {
        return accounts.findSystemAccount(currency);
    }

    @Override
    public TransferStatus status(Transfer transfer) {
        return TransferStatus.of(transfer, transfer.isHold() ? journal.findEnding(transfer.id()) : Optional.empty());
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return journal.findTransfer(transferId);
    }

    @Override
    public Page<StatementEntry> statement(long accountId, StatementRange range, Optional<String> cursor, int limit) {
        requireAccount(accountId);
        long before = Page.decodeCursor(cursor, Long.MAX_VALUE);
        List<StatementEntry> entries = entries(accountId, range, before, Page.requireLimit(limit) + 1);
        return page(entries, limit, StatementEntry::sequence);
    }

    @Override
    public void forEachStatementEntry(long accountId, StatementRange range, Consumer<StatementEntry> sink) {
        requireAccount(accountId);
        long before = Long.MAX_VALUE;
        List<StatementEntry> page;
        do {
            page = entries(accountId, range, before, STREAM_PAGE);
            page.forEach(sink);
            before = page.isEmpty() ? 0 : page.get(page.size() - 1).sequence();
        } while (page.size() == STREAM_PAGE);
    }

    @Override
    public Money balanceAsOf(long accountId, Instant instant) {
        Account account = requireAccount(accountId);
        long balance = journal.lastTransferOf(accountId, instant).map(t -> t.balanceAfterMinor(accountId)).orElse(0L);
        return Money.of(balance, account.currency());
    }

    @Override
    public BalanceAsOf balanceAndHoldsAsOf(long accountId, Instant instant) {
        Account account = requireAccount(accountId);
        Currency currency = account.currency();
        Optional<Transfer> last = journal.lastTransferOf(accountId, instant);
        long balance = last.map(t -> t.balanceAfterMinor(accountId)).orElse(0L);
        HoldsAndLimit holds = last.map(t -> t.holdsAfter(accountId)).orElse(HoldsAndLimit.NONE);
        OptionalLong limit = creditLimitAsOf(accountId, instant);
        return new BalanceAsOf(accountId, instant, Money.of(balance, currency),
                Money.of(holds.pendingDebitsMinor(), currency), Money.of(holds.pendingCreditsMinor(), currency),
                limit.isPresent() ? Optional.of(Money.of(limit.getAsLong(), currency)) : Optional.empty());
    }

    /**
     * The limit the audit log's last change at or before {@code instant} set, or zero before any change
     * (every account opens without one); empty when that change was logged before the log kept the
     * limit it set.
     */
    private OptionalLong creditLimitAsOf(long accountId, Instant instant) {
        return audit.lastCreditLimitChange(accountId, instant)
                .map(AuditEntry::creditLimitMinor)
                .orElse(OptionalLong.of(0));
    }

    @Override
    public Page<Transfer> transfers(TransferFilter filter, Optional<String> cursor, int limit) {
        long before = Page.decodeCursor(cursor, Long.MAX_VALUE);
        return page(journal.search(filter, before, Page.requireLimit(limit) + 1), limit, Transfer::sequence);
    }

    private List<StatementEntry> entries(long accountId, StatementRange range, long before, int limit) {
        Instant from = range.from().orElse(Instant.MIN);
        Instant to = range.to().orElse(Instant.MAX);
        if (!from.isBefore(to)) {
            throw Refusal.INVALID_ARGUMENT.because("'from' must be before 'to'");
        }
        return journal.transfersOf(accountId, before, from, to, limit).stream()
                .map(transfer -> StatementEntry.of(transfer, accountId))
                .toList();
    }

    private Account requireAccount(long accountId) {
        return accounts.findAccount(accountId)
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("account " + accountId + " does not exist"));
    }

    /** Turns {@code limit + 1} fetched rows into a page whose cursor is the last shown row's position. */
    static <T> Page<T> page(List<T> fetched, int limit, ToLongFunction<T> position) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> shown = fetched.subList(0, limit);
        return new Page<>(shown, Optional.of(Long.toString(position.applyAsLong(shown.get(limit - 1)))));
    }
}
