package bankcore.api.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import bankcore.api.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Prometheus text at {@code /metrics} (the management endpoint would live elsewhere and speak JSON). */
@Controller
@Tag(name = "operations")
@Secured("ADMIN")
final class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get("/metrics")
    @Produces(PROMETHEUS_TEXT)
    @Operation(operationId = "getMetrics", summary = "Metrics in the Prometheus text format (admin)",
            description = "Request timings, JVM and ledger gauges, for a Prometheus scrape with an admin's token.")
    @ApiResponse(responseCode = "200", description = "Prometheus text exposition format 0.0.4",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = "string",
                    example = "# HELP jvm_threads_live_threads The current number of live threads")))
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.Always
    String metrics() {
        return registry.scrape();
    }
}
