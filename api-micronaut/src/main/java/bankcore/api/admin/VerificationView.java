package bankcore.api.admin;

import bankcore.core.domain.LedgerReport;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Verification")
record VerificationView(boolean ok, @Schema(requiredMode = RequiredMode.REQUIRED) Instant checkedAt,
                        @Schema(requiredMode = RequiredMode.REQUIRED) List<CheckView> checks) {

    static VerificationView of(LedgerReport report) {
        return new VerificationView(report.ok(), report.checkedAt(), report.checks().stream()
                .map(check -> new CheckView(check.name(), check.ok(), check.detail())).toList());
    }

    @Serdeable
    @Schema(name = "InvariantCheck")
    record CheckView(@Schema(requiredMode = RequiredMode.REQUIRED,
            example = "balances sum to zero per currency") String name, boolean ok,
                     @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR: 0") String detail) {
    }
}
