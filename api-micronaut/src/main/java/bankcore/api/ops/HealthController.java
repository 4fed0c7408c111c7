package bankcore.api.ops;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller
@Tag(name = "operations")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {

    @Get("/health")
    @Operation(summary = "Liveness and readiness")
    Health health() {
        return new Health("UP");
    }

    @Serdeable
    record Health(String status) {
    }
}
