package bankcore.api.access;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.LedgerQueries;
import jakarta.inject.Singleton;

import java.util.Currency;
import java.util.UUID;

/**
 * What a caller may see: its own customer, accounts and transfers; an admin sees everything.
 * Anything else answers exactly like something that does not exist (404), so ids cannot be probed.
 */
@Singleton
public final class CallerAccess {

    private final LedgerQueries queries;

    CallerAccess(LedgerQueries queries) {
        this.queries = queries;
    }

    public Customer customer(Caller caller, String id) {
        return Ids.parseLong(id)
                .filter(customerId -> caller.admin() || customerId == caller.id())
                .flatMap(queries::customer)
                .orElseThrow(() -> Refusal.CUSTOMER_NOT_FOUND.because("customer " + id + " does not exist"));
    }

    public Account account(Caller caller, String id) {
        return Ids.parseLong(id)
                .flatMap(queries::account)
                .filter(account -> caller.admin() || account.isOwnedBy(caller.id()))
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("account " + id + " does not exist"));
    }

    /** An account any admin may act on (deposits, freezing): every account that exists. */
    public Account anyAccount(String id) {
        return Ids.parseLong(id)
                .flatMap(queries::account)
                .orElseThrow(() -> Refusal.ACCOUNT_NOT_FOUND.because("account " + id + " does not exist"));
    }

    public Transfer transfer(Caller caller, String id) {
        return Ids.parseUuid(id)
                .flatMap(queries::transfer)
                .filter(transfer -> caller.admin() || isParty(caller, transfer))
                .orElseThrow(() -> Refusal.TRANSFER_NOT_FOUND.because("transfer " + id + " does not exist"));
    }

    /**
     * The account a customer pays from or is paid into when only the customer is named: the core's
     * choice ({@code LedgerQueries.defaultAccountId}), so the rule lives in one place.
     */
    public long defaultAccount(long customerId, Currency currency) {
        return queries.defaultAccountId(customerId, currency);
    }

    private boolean isParty(Caller caller, Transfer transfer) {
        return owns(caller, transfer.debitAccountId()) || owns(caller, transfer.creditAccountId());
    }

    private boolean owns(Caller caller, long accountId) {
        return queries.account(accountId).map(account -> account.isOwnedBy(caller.id())).orElse(false);
    }
}
