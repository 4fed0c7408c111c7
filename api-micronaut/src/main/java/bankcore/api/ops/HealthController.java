package bankcore.api.ops;

import bankcore.api.problem.ProblemResponses;
import bankcore.core.domain.StoreHealth;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.StoreStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Live when it answers; ready when the ledger answers a read and can take writes. */
@Controller
@Tag(name = "operations")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    private final LedgerQueries queries;
    private final StoreStatus store;

    HealthController(LedgerQueries queries, StoreStatus store) {
        this.queries = queries;
        this.store = store;
    }

    @Get("/health")
    @Operation(operationId = "getHealth", security = @SecurityRequirement(name = ""),
            summary = "Liveness and readiness",
            description = "Live when it answers; ready when the ledger answers a read and can take writes "
                    + "(503 otherwise, with `writable` false and the reason when another process holds the "
                    + "ledger's write lock or its last commit failed). Recovers by itself once the obstacle is gone.")
    @ApiResponse(responseCode = "200", description = "up and ready")
    @ApiResponse(responseCode = "503", description = "up, but the ledger does not answer",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class)))
    @ProblemResponses.Framework
    HttpResponse<Health> health() {
        try {
            queries.customers(Optional.empty(), 1);
        } catch (RuntimeException e) {
            LOG.warn("Health check: the ledger does not answer", e);
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Health("DOWN", true, false, false, "the ledger does not answer a read"));
        }
        StoreHealth writes = store.health();
        if (!writes.writable()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Health("DOWN", true, false, false, writes.problem()));
        }
        return HttpResponse.ok(new Health("UP", true, true, true, null));
    }

    @Serdeable
    @Schema(name = "Health")
    record Health(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"UP", "DOWN"}) String status,
                  boolean live, boolean ready,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                          description = "whether the ledger can take writes now") boolean writable,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true,
                          description = "why it is not ready, for an operator; null when ready")
                  String problem) {
    }
}
