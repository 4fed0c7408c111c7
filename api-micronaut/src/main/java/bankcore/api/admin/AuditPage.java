package bankcore.api.admin;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "AuditPage", description = "A cursor page, newest first: pass next_cursor back as cursor for the next one")
record AuditPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<AuditEntryView> items,
                 @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "null on the last page",
                         example = "42") String nextCursor) {
}
