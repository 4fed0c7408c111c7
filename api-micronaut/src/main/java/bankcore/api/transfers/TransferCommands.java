package bankcore.api.transfers;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.problem.Problems;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a transfer request into the core's command: which accounts (a customer named by receiver_id pays into
 * its oldest account in the currency), which currency, how much. Shared by single transfers and batch items.
 */
@Singleton
final class TransferCommands {

    private final CallerAccess access;
    private final BankSettings settings;

    TransferCommands(CallerAccess access, BankSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    TransferCommand of(Caller caller, TransferRequest request, Optional<IdempotencyKey> key) {
        if (!request.namesReceiverOnce()) {
            throw Problems.invalidField("receiver_id", "give exactly one of receiver_id and to_account_id");
        }
        Currency currency = currencyOf(caller, request);
        Money amount = Problems.readField("amount", () -> Money.parse(request.amount(), currency));
        long from = request.fromAccountId() != null ? request.fromAccountId()
                : access.defaultAccount(caller.id(), currency);
        long to = request.toAccountId() != null ? request.toAccountId()
                : access.defaultAccount(request.receiverId(), currency);
        return new TransferCommand(from, to, amount, request.description(), key, OptionalLong.of(caller.id()));
    }

    /** The request as a movement: posted at once, or held for its timeout (7 days unless it says). */
    Movement movement(Caller caller, TransferRequest request, Optional<IdempotencyKey> key) {
        if (!request.isPending()) {
            if (request.timeoutSeconds() != null) {
                throw Problems.invalidField("timeout_seconds", "only a pending transfer has a timeout");
            }
            return Movement.posted(of(caller, request, key));
        }
        Duration timeout = request.timeoutSeconds() == null ? HoldFunds.DEFAULT_TIMEOUT
                : Duration.ofSeconds(request.timeoutSeconds());
        return Movement.held(of(caller, request, key), timeout);
    }

    private Currency currencyOf(Caller caller, TransferRequest request) {
        if (request.currency() != null) {
            return Problems.readField("currency", () -> Currencies.of(request.currency()));
        }
        if (request.fromAccountId() != null) {
            return access.account(caller, Long.toString(request.fromAccountId())).currency();
        }
        return settings.currency();
    }
}
