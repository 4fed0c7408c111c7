package bankcore.api.users;

import bankcore.api.view.UserView;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "UserPage", description = "A cursor page: pass next_cursor back as cursor for the next one")
record UserPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<UserView> items,
                @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = "null on the last page",
                        example = "42") String nextCursor) {
}
