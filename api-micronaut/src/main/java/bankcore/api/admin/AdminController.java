package bankcore.api.admin;

import bankcore.api.problem.ProblemResponses;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.VerifyLedger;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller
@Tag(name = "admin")
@Secured("ADMIN")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.Always
class AdminController {

    private final LedgerAnalytics analytics;
    private final VerifyLedger verifier;

    AdminController(LedgerAnalytics analytics, VerifyLedger verifier) {
        this.analytics = analytics;
        this.verifier = verifier;
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
}
