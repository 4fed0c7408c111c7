package bankcore.api.transfers;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.problem.Problem;
import bankcore.api.problem.Problems;
import bankcore.api.view.MovedMoney;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

@Controller
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "no or bad token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class TransferController {

    private final TransferMoney transfers;
    private final CallerAccess access;
    private final IdempotencyGate idempotency;
    private final BankSettings settings;

    TransferController(TransferMoney transfers, CallerAccess access, IdempotencyGate idempotency,
                       BankSettings settings) {
        this.transfers = transfers;
        this.access = access;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    @Post("/transfer")
    @Operation(summary = "The seed's transfer: pay another customer from your default-currency account")
    @ApiResponse(responseCode = "200", description = "the transfer, done",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotent-Replayed",
                    description = "true when this repeats the first response to an Idempotency-Key"))
    @ApiResponse(responseCode = "400", description = "insufficient funds (type ends in insufficient-funds), "
            + "or a body that is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "no such receiver",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "an account is frozen or closed, or the same "
            + "Idempotency-Key is still in flight",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "amount <= 0, too many decimals, out of range; missing, "
            + "unknown or mistyped field; paying yourself; Idempotency-Key reused with another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<TransferView> seedTransfer(Authentication authentication, @Valid @Body SeedTransferRequest request,
                                            @Parameter(description = "makes retries safe: 1-255 printable chars")
                                            @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Money amount = Money.parse(request.amount(), settings.currency());
        return MovedMoney.respond(HttpStatus.OK, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> transfers.transferToCustomer(new TransferMoney.ToCustomer(caller.id(), request.receiverId(),
                        amount, null, key))));
    }

    @Post("/transfers")
    @Operation(summary = "Transfer money to a customer or an account")
    @ApiResponse(responseCode = "201", description = "the transfer, done; Location names it",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                        description = "the transfer: /transfers/{id}"),
                @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotent-Replayed",
                        description = "true when this repeats the first response to an Idempotency-Key")})
    @ApiResponse(responseCode = "400", description = "insufficient funds, or a body that is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "no such receiver or account (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "an account is frozen or closed, or the same "
            + "Idempotency-Key is still in flight",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "invalid amount, currency mismatch, same account, "
            + "invalid field, Idempotency-Key reused with another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<TransferView> transfer(Authentication authentication, @Valid @Body TransferRequest request,
                                        @Parameter(description = "makes retries safe: 1-255 printable chars")
                                        @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        if (!request.namesReceiverOnce()) {
            throw Problems.invalidField("receiver_id", "give exactly one of receiver_id and to_account_id");
        }
        Currency currency = currencyOf(caller, request);
        Money amount = Money.parse(request.amount(), currency);
        long from = request.fromAccountId() != null ? request.fromAccountId()
                : access.defaultAccount(caller.id(), currency);
        long to = request.toAccountId() != null ? request.toAccountId()
                : access.defaultAccount(request.receiverId(), currency);
        return MovedMoney.respond(HttpStatus.CREATED, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> transfers.transfer(new TransferCommand(from, to, amount, request.description(), key,
                        OptionalLong.of(caller.id())))));
    }

    @Get("/transfers/{id}")
    @Operation(summary = "One transfer, if you are a party to it (or an admin)")
    @ApiResponse(responseCode = "200", description = "the transfer")
    @ApiResponse(responseCode = "404", description = "no such transfer, or not yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    TransferView get(Authentication authentication, @PathVariable String id) {
        return TransferView.of(access.transfer(Caller.of(authentication), id));
    }

    private Currency currencyOf(Caller caller, TransferRequest request) {
        if (request.currency() != null) {
            return Currencies.of(request.currency());
        }
        if (request.fromAccountId() != null) {
            return access.account(caller, Long.toString(request.fromAccountId())).currency();
        }
        return settings.currency();
    }
}
