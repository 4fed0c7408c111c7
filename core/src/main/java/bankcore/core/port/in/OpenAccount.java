package bankcore.core.port.in;

import bankcore.core.domain.Account;

import java.util.Currency;

/** Opens another account for an existing customer. */
public interface OpenAccount {

    Account open(long customerId, Currency currency);
}
