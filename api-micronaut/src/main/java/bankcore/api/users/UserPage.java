package bankcore.api.users;

import bankcore.api.view.UserView;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "UserPage", description = "A cursor page: pass next_cursor back as cursor for the next one")
record UserPage(List<UserView> items,
                @Schema(nullable = true, description = "null on the last page", example = "42") String nextCursor) {
}
