package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store contract starts from: a ledger over a fresh, empty store, a clock the test
 * drives, and the verification of all invariants after every test. A contract suite extends it; an
 * implementation's test extends the suite and only says how to open a fresh store. The suites
 * drive the store through the core's use cases, as every real caller does.
 */
public abstract class StoreContractFixture {
    protected static final Currency EUR = Currencies.of("EUR");
    protected static final Currency USD = Currencies.of("USD");
    protected static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    protected final SettableClock clock = new SettableClock(START);
    protected Ledger ledger;

    /** A builder over a new, empty store; the contract sets the clock, ids and password hasher. */
    protected abstract Ledger.Builder builderOnEmptyStore();

    @BeforeEach
    void openLedger() {
        ledger = builderOnEmptyStore().clock(clock).passwordHasher(new PlainTextPasswordHasher()).build();
    }

    /** Nothing to check when the store was never opened: a store's tests may skip themselves (no server). */
    @AfterEach
    void closeLedger() {
        if (ledger == null) {
            return;
        }
        LedgerInvariants.assertAllHold(ledger);
        ledger.close();
    }

    protected RegisterCustomer.Registration register(String name, String email) {
        return ledger.registration().register(RegisterCustomer.Command.customer(name, email, null, EUR));
    }

    protected long account(String email) {
        return register(email.substring(0, email.indexOf('@')), email).account().id();
    }

    protected long funded(String email, String amount) {
        long id = account(email);
        deposit(id, amount);
        return id;
    }

    protected Transfer deposit(long accountId, String amount) {
        return ledger.cash().deposit(CashCommand.of(accountId, eur(amount), "deposit")).transfer();
    }

    /** A hold of {@code amount} euros that expires in an hour. */
    protected Transfer hold(long from, long to, String amount) {
        return ledger.holds().submit(Movement.held(TransferCommand.of(from, to, eur(amount), "held"),
                Duration.ofHours(1))).transfer();
    }

    protected Money balance(long accountId) {
        return ledger.queries().account(accountId).orElseThrow().balance();
    }

    protected long journalSize() {
        return ledger.analytics().summary().transfers();
    }

    protected static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    protected static void assertRefused(ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class,
                refused -> assertThat(refused.refusal()).as(refused.detail()).isEqualTo(refusal));
    }
}
