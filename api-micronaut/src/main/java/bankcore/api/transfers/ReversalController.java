package bankcore.api.transfers;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.view.MovedMoney;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.TransferMoney;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

/** An operator undoes a transfer with a new one in the opposite direction; the journal keeps both. */
@Controller
@Tag(name = "transfers")
@Secured("ADMIN")
class ReversalController {

    private final TransferMoney transfers;
    private final CallerAccess access;
    private final IdempotencyGate idempotency;

    ReversalController(TransferMoney transfers, CallerAccess access, IdempotencyGate idempotency) {
        this.transfers = transfers;
        this.access = access;
        this.idempotency = idempotency;
    }

    @Post("/transfers/{id}/reversal")
    @Operation(operationId = "reverseTransfer", summary = "Reverse a transfer (admin)",
            description = "Posts the opposite transfer, whose `reverses` names the original. 400 "
                    + "`insufficient-funds` when the original receiver has spent the money; 404 "
                    + "`transfer-not-found`; 409 `already-reversed`, or `account-not-active` when an account is "
                    + "frozen or closed. The body is optional.")
    @MovedMoney.Created
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.WithBody
    @ProblemResponses.Always
    HttpResponse<TransferView> reverse(Authentication authentication, @PathIds.TransferId @PathVariable String id,
                                       @Valid @Nullable @Body ReversalRequest request,
                                       @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER)
                                       String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Transfer original = access.transfer(caller, id);
        String description = request == null ? null : request.description();
        return MovedMoney.respond(HttpStatus.CREATED, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> transfers.reverse(original.id(), description == null ? "" : description, key)));
    }
}
