package bankcore.api.audit;

import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Page;
import bankcore.core.port.in.ReadAudit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;

/** The audit log of money movements and account controls, for admins. */
@Controller
@Tag(name = "admin")
@Secured("ADMIN")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.Always
class AuditController {

    private final ReadAudit audit;

    AuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @Get("/admin/audit")
    @Operation(operationId = "listAudit", summary = "The audit log, newest first, a cursor page at a time (admin)",
            description = "Every money movement (transfer, deposit, withdrawal, reversal) and account control "
                    + "(freeze, unfreeze, close), with who asked, from which address and in which request; each row "
                    + "was written in the same transaction as what it records. 422 for a malformed cursor or limit.")
    @ApiResponse(responseCode = "200", description = "a page of the audit log")
    @ProblemResponses.Unprocessable
    AuditPage list(@QueryParameters.Cursor @Nullable @QueryValue String cursor,
                   @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        Page<AuditEntry> page = audit.auditLog(Optional.ofNullable(cursor), Page.requireLimit(limit));
        return new AuditPage(page.items().stream().map(AuditEntryView::of).toList(), page.nextCursor().orElse(null));
    }
}
