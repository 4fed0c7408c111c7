package bankcore.api.transfers;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRunOrReal;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.view.MovedMoney;
import bankcore.core.domain.Transfer;
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

    private final CallerAccess access;
    private final DryRunOrReal requests;

    ReversalController(CallerAccess access, DryRunOrReal requests) {
        this.access = access;
        this.requests = requests;
    }

    @Post("/transfers/{id}/reversal")
    @Operation(operationId = "reverseTransfer", summary = "Reverse a transfer (admin)",
            description = "Posts the opposite transfer, whose `reverses` names the original. 400 "
                    + "`insufficient-funds` when the original receiver has spent the money; 404 "
                    + "`transfer-not-found`; 409 `already-reversed`, or `account-not-active` when an account is "
                    + "frozen or closed. The body is optional; with `dry_run: true`, 200 with what would happen and "
                    + "nothing written.")
    @MovedMoney.Created
    @DryRunOrReal.Answered
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.WithBody
    @ProblemResponses.Always
    HttpResponse<?> reverse(Authentication authentication, @PathIds.TransferId @PathVariable String id,
                            @Valid @Nullable @Body ReversalRequest request,
                            @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Transfer original = access.transfer(caller, id);
        Optional<ReversalRequest> body = Optional.ofNullable(request);
        String description = body.map(ReversalRequest::description).orElse("");
        return requests.transfer(caller, idempotencyKey, body.map(ReversalRequest::dryRun).orElse(null),
                HttpStatus.CREATED, (useCases, key) -> useCases.transfers().reverse(original.id(), description, key));
    }
}
