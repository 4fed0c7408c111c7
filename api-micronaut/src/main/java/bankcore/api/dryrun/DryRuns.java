package bankcore.api.dryrun;

import bankcore.api.view.DryRunView;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.DryRun.MoneyMovement;
import bankcore.core.port.in.DryRun.Rehearsal;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.TransferMoney.Posted;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Singleton;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Function;

/**
 * Answers a money-moving request sent with {@code dry_run: true}: the core rehearses it inside the
 * writer and writes nothing, so the answer is 200 whatever the real request's status would be, and a
 * refusal is thrown exactly as the real request would throw it.
 */
@Singleton
public final class DryRuns {
    private final DryRun dryRun;
    private final LedgerQueries queries;

    DryRuns(DryRun dryRun, LedgerQueries queries) {
        this.dryRun = dryRun;
        this.queries = queries;
    }

    /** @param realStatus what the request would answer if it were not a dry run */
    public HttpResponse<DryRunView> answer(HttpStatus realStatus, Function<MoneyMovement, Posted> request) {
        Rehearsal<Posted> rehearsal = dryRun.rehearse(request);
        Rehearsal<Transfer> ofTransfer = new Rehearsal<>(rehearsal.result().transfer(), rehearsal.accountsAfter());
        return HttpResponse.ok(DryRunView.of(realStatus.getCode(), ofTransfer, id -> queries.account(id).orElseThrow()));
    }

    /** The documented 200 of a request that answers 201 when it is not a dry run. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "200", description = "dry_run: true, what would happen; nothing was written",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = DryRunView.TRANSFER_OR_DRY_RUN)))
    public @interface Answered {
    }
}
