package bankcore.api.admin;

import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Page;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.ReadAudit;
import bankcore.core.port.in.VerifyLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;

@Controller
@Tag(name = "admin")
@Secured("ADMIN")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.Always
class AdminController {

    private final LedgerAnalytics analytics;
    private final VerifyLedger verifier;
    private final ReadAudit audit;

    AdminController(LedgerAnalytics analytics, VerifyLedger verifier, ReadAudit audit) {
        this.analytics = analytics;
        this.verifier = verifier;
        this.audit = audit;
    }

    @Get("/analytics/summary")
    @Operation(operationId = "getSummary",
            summary = "Liquidity, counts, 24 h volume and the Gini coefficient of wealth, per currency",
            description = "Computed now from the journal; the flows compare the last 24 hours with the 24 before.")
    @ApiResponse(responseCode = "200", description = "the summary")
    SummaryView summary() {
        return SummaryView.of(analytics.summary());
    }

    @Get("/admin/ledger/verify")
    @Operation(operationId = "verifyLedger", summary = "Checks the ledger's five invariants now; always 200, see ok",
            description = "Each check has its name, whether it holds, and a detail; ok is true when all hold.")
    @ApiResponse(responseCode = "200", description = "the checks; ok is false when any failed")
    VerificationView verify() {
        return VerificationView.of(verifier.verify());
    }

    @Get("/admin/audit")
    @Operation(operationId = "listAudit", summary = "The audit log, newest first, a cursor page at a time",
            description = "Every money movement (transfer, deposit, withdrawal, reversal) and account control "
                    + "(freeze, unfreeze, close), with who asked, from which address and in which request; each row "
                    + "was written in the same transaction as what it records. 422 for a malformed cursor or limit.")
    @ApiResponse(responseCode = "200", description = "a page of the audit log")
    @ProblemResponses.Unprocessable
    AuditPage auditLog(@QueryParameters.Cursor @Nullable @QueryValue String cursor,
                       @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        Page<AuditEntry> page = audit.auditLog(Optional.ofNullable(cursor), Page.requireLimit(limit));
        return new AuditPage(page.items().stream().map(AuditEntryView::of).toList(), page.nextCursor().orElse(null));
    }
}
