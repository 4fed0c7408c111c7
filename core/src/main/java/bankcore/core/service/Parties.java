package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.port.out.LedgerTransaction;

/**
 * The two accounts of a transfer as the one who asks may see them. A customer may only spend from
 * its own account and pay other customers; to anyone else an account it may not touch looks like
 * one that does not exist, so ids cannot be probed. Each account is read once.
 */
record Parties(Account from, Account to) {

    /** For a customer: checks ownership as above. Trusted callers must use {@link #of} (ids checked by Posting). */
    static Parties forCustomer(LedgerTransaction tx, TransferCommand command, long customerId) {
        Account from = Posting.requireAccount(tx, command.fromAccountId());
        if (!from.isOwnedBy(customerId)) {
            throw Refusal.ACCOUNT_NOT_FOUND.because("account " + command.fromAccountId() + " does not exist");
        }
        Account to = Posting.requireAccount(tx, command.toAccountId());
        if (to.isSystem()) {
            throw Refusal.ACCOUNT_NOT_FOUND.because("account " + command.toAccountId() + " does not exist");
        }
        return new Parties(from, to);
    }

    static Parties of(LedgerTransaction tx, TransferCommand command) {
        if (command.initiatedBy().isPresent()) {
            return forCustomer(tx, command, command.initiatedBy().getAsLong());
        }
        if (command.fromAccountId() == command.toAccountId()) {
            throw Refusal.SAME_ACCOUNT.because("cannot transfer from account " + command.fromAccountId() + " to itself");
        }
        return new Parties(Posting.requireAccount(tx, command.fromAccountId()),
                Posting.requireAccount(tx, command.toAccountId()));
    }
}
