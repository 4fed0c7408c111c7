package bankcore.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Account customer = Account.openFor(7, EUR, NOW).withId(1).withBalance(1_000);
    private final Account cash = Account.systemCash(EUR, NOW).withId(2);

    @Test
    void a_customer_account_refuses_an_overdraft_but_the_cash_account_may_go_negative() {
        assertThat(customer.debit(Money.of(1_000, EUR)).balanceMinor()).isZero();
        assertRefusal(() -> customer.debit(Money.of(1_001, EUR)), Refusal.INSUFFICIENT_FUNDS);
        assertThat(cash.debit(Money.of(5_000, EUR)).balanceMinor()).isEqualTo(-5_000);
    }

    @Test
    void only_active_accounts_in_the_same_currency_move_money() {
        assertRefusal(() -> customer.credit(Money.of(1, Currencies.of("USD"))), Refusal.CURRENCY_MISMATCH);
        Account frozen = customer.withStatus(AccountStatus.FROZEN);
        assertRefusal(() -> frozen.credit(Money.of(1, EUR)), Refusal.ACCOUNT_NOT_ACTIVE);
        assertRefusal(() -> frozen.debit(Money.of(1, EUR)), Refusal.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void a_credit_that_overflows_the_balance_is_refused() {
        Account full = customer.withBalance(Long.MAX_VALUE);
        assertRefusal(() -> full.credit(Money.of(1, EUR)), Refusal.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void closing_needs_a_zero_balance_and_is_final_and_cash_accounts_never_change_status() {
        assertRefusal(() -> customer.withStatus(AccountStatus.CLOSED), Refusal.ACCOUNT_NOT_EMPTY);
        Account closed = customer.withBalance(0).withStatus(AccountStatus.CLOSED);
        assertRefusal(() -> closed.withStatus(AccountStatus.ACTIVE), Refusal.ACCOUNT_NOT_ACTIVE);
        assertRefusal(() -> cash.withStatus(AccountStatus.FROZEN), Refusal.INVALID_ARGUMENT);
    }

    @Test
    void a_customer_account_cannot_even_be_built_with_a_negative_balance() {
        assertThatThrownBy(() -> customer.withBalance(-1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ownership_is_for_customer_accounts_only() {
        assertThat(customer.isOwnedBy(7)).isTrue();
        assertThat(customer.isOwnedBy(8)).isFalse();
        assertThat(cash.isOwnedBy(0)).isFalse();
    }

    static void assertRefusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
