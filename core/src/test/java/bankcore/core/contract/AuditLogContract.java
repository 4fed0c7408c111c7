package bankcore.core.contract;

import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditContext;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store's audit log must do: one row per money movement and per account control, written
 * with it (a refused or replayed request leaves none), naming the caller in scope, newest first in
 * stable cursor pages.
 */
public abstract class AuditLogContract extends StoreContractFixture {
    private static final AuditContext ADMIN = new AuditContext(OptionalLong.of(1), "198.51.100.7", "req-admin-1");
    private static final AuditContext ADA = new AuditContext(OptionalLong.of(2), "203.0.113.9", "req-ada-1");

    @AfterEach
    void leaveNoScopeBehind() {
        AuditContext.swap(AuditContext.NONE);
    }

    @Test
    void every_money_movement_and_account_control_is_audited_with_its_caller() {
        long ada = account("ada@example.org");
        long bob = account("bob@example.org");
        Transfer deposit = as(ADMIN, () -> ledger.cash().deposit(CashCommand.of(ada, eur("10.00"), "in")).transfer());
        Transfer paid = as(ADA, () -> ledger.transfers().transfer(TransferCommand.of(ada, bob, eur("3.00"), "")))
                .transfer();
        Transfer reversal = as(ADMIN, () -> ledger.transfers().reverse(paid.id(), "", Optional.empty())).transfer();
        Transfer withdrawal = as(ADMIN, () -> ledger.cash().withdraw(CashCommand.of(ada, eur("1.00"), "out")))
                .transfer();
        as(ADMIN, () -> ledger.accountControls().freeze(bob));
        as(ADMIN, () -> ledger.accountControls().unfreeze(bob));
        as(ADMIN, () -> ledger.accountControls().close(bob));

        List<AuditEntry> log = ledger.audit().auditLog(Optional.empty(), 50).items();

        assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.CLOSE_ACCOUNT,
                AuditAction.UNFREEZE_ACCOUNT, AuditAction.FREEZE_ACCOUNT, AuditAction.WITHDRAWAL, AuditAction.REVERSAL,
                AuditAction.TRANSFER, AuditAction.DEPOSIT);
        assertThat(log).extracting(AuditEntry::sequence).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(log.get(6)).isEqualTo(new AuditEntry(1, deposit.createdAt(), AuditAction.DEPOSIT, ADMIN,
                deposit.debitAccountId(), Optional.of(deposit.id())));
        assertThat(log.get(5)).isEqualTo(new AuditEntry(2, paid.createdAt(), AuditAction.TRANSFER, ADA, ada,
                Optional.of(paid.id())));
        assertThat(log.get(4).transferId()).contains(reversal.id());
        assertThat(log.get(3).transferId()).contains(withdrawal.id());
        assertThat(log.get(0)).isEqualTo(new AuditEntry(7, START, AuditAction.CLOSE_ACCOUNT, ADMIN, bob,
                Optional.empty()));
    }

    @Test
    void a_credit_limit_change_records_the_limit_it_set_and_is_found_as_of_an_instant() {
        long ada = account("ada@example.org");
        as(ADMIN, () -> ledger.accountControls().setCreditLimit(ada, eur("25.00")));
        clock.advance(Duration.ofMinutes(1));
        as(ADMIN, () -> ledger.accountControls().setCreditLimit(ada, eur("5.00")));

        assertThat(ledger.audit().auditLog(Optional.empty(), 2).items()).extracting(AuditEntry::creditLimitMinor)
                .containsExactly(OptionalLong.of(500), OptionalLong.of(2_500));
        assertThat(ledger.queries().balanceAndHoldsAsOf(ada, START).creditLimit()).contains(eur("25.00"));
        assertThat(ledger.queries().balanceAndHoldsAsOf(ada, START.minusNanos(1_000)).creditLimit())
                .contains(eur("0"));
        assertThat(ledger.queries().balanceAndHoldsAsOf(ada, clock.instant()).creditLimit()).contains(eur("5.00"));
    }

    @Test
    void a_refused_or_replayed_request_writes_no_audit_row() {
        long ada = funded("ada@example.org", "5.00");
        long bob = account("bob@example.org");
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("customer:2", "order-1"));
        TransferCommand once = new TransferCommand(ada, bob, eur("1.00"), "", key, OptionalLong.empty());

        as(ADA, () -> ledger.transfers().transfer(once));
        Posted replayed = as(ADA, () -> ledger.transfers().transfer(once));
        List<Outcome<Posted>> each = as(ADA, () -> ledger.transfers().transferEach(List.of(
                TransferCommand.of(ada, bob, eur("100.00"), "too much"),
                TransferCommand.of(ada, bob, eur("1.00"), "fine"))));
        assertRefused(() -> as(ADA, () -> ledger.accountControls().close(ada)), Refusal.ACCOUNT_NOT_EMPTY);

        assertThat(replayed.replayed()).isTrue();
        assertThat(each.get(0).isDone()).isFalse();
        List<AuditEntry> log = ledger.audit().auditLog(Optional.empty(), 50).items();
        assertThat(log).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TRANSFER, AuditAction.TRANSFER, AuditAction.DEPOSIT);
        assertThat(log.get(0).transferId()).contains(each.get(1).orThrow().transfer().id());
    }

    @Test
    void a_movement_outside_any_scope_is_audited_naming_nobody() {
        long ada = account("ada@example.org");
        deposit(ada, "1.00");

        assertThat(ledger.audit().auditLog(Optional.empty(), 1).items())
                .singleElement().extracting(AuditEntry::context).isEqualTo(AuditContext.NONE);
    }

    @Test
    void pages_run_newest_first_and_stay_put_while_the_log_grows() {
        long ada = account("ada@example.org");
        for (int i = 0; i < 5; i++) {
            deposit(ada, "1.00");
        }
        Page<AuditEntry> first = ledger.audit().auditLog(Optional.empty(), 2);
        deposit(ada, "1.00");
        Page<AuditEntry> second = ledger.audit().auditLog(first.nextCursor(), 2);
        Page<AuditEntry> last = ledger.audit().auditLog(second.nextCursor(), 2);

        assertThat(first.items()).extracting(AuditEntry::sequence).containsExactly(5L, 4L);
        assertThat(second.items()).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
        assertThat(last.items()).extracting(AuditEntry::sequence).containsExactly(1L);
        assertThat(last.nextCursor()).isEmpty();
    }

    private static <T> T as(AuditContext caller, Supplier<T> call) {
        AuditContext previous = AuditContext.swap(caller);
        try {
            return call.get();
        } finally {
            AuditContext.swap(previous);
        }
    }
}
