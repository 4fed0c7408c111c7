package bankcore.api.admin;

import bankcore.api.problem.Problem;
import bankcore.core.port.in.LedgerAnalytics;
import bankcore.core.port.in.VerifyLedger;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller
@Tag(name = "admin")
@Secured("ADMIN")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "no or bad token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "not an admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class AdminController {

    private final LedgerAnalytics analytics;
    private final VerifyLedger verifier;

    AdminController(LedgerAnalytics analytics, VerifyLedger verifier) {
        this.analytics = analytics;
        this.verifier = verifier;
    }

    @Get("/analytics/summary")
    @Operation(summary = "Liquidity, counts, 24 h volume and the Gini coefficient of wealth, per currency")
    SummaryView summary() {
        return SummaryView.of(analytics.summary());
    }

    @Get("/admin/ledger/verify")
    @Operation(summary = "Checks the ledger's five invariants now; always 200, see ok")
    VerificationView verify() {
        return VerificationView.of(verifier.verify());
    }
}
