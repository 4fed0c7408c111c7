package bankcore.api.admin;

import bankcore.core.domain.AuditAction;
import bankcore.core.domain.AuditEntry;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.UUID;

@Serdeable
@Schema(name = "AuditEntry", description = "One row of the append-only audit log")
record AuditEntryView(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "its place in the log, from 1", example = "17")
        long sequence,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant at,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "TRANSFER") AuditAction action,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                description = "the user who acted, from its token; null for the bank's own traffic", example = "3")
        Long actorId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "the address the request came from; empty "
                + "for the bank's own traffic", example = "198.51.100.7") String clientAddress,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "the request's X-Request-Id; empty for the bank's "
                + "own traffic", example = "3f6c2a1e-9b0d-4a8e-8f57-2c1d0e9b7a64") String requestId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "a movement's debit account, a control's account",
                example = "9") long accountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "the transfer a movement posted; "
                + "null for an account control") UUID transferId) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.sequence(), entry.at(), entry.action(),
                entry.context().actorId().isPresent() ? entry.context().actorId().getAsLong() : null,
                entry.context().clientAddress(), entry.context().requestId(), entry.accountId(),
                entry.transferId().orElse(null));
    }
}
