package bankcore.api.accounts;

import bankcore.core.domain.Page;
import bankcore.core.domain.StatementEntry;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "StatementPage", description = "A cursor page: pass next_cursor back as cursor for the next one")
record StatementPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<StatementEntryView> items,
                     @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                             description = "null on the last page", example = "42")
                     String nextCursor) {

    static StatementPage of(Page<StatementEntry> page) {
        return new StatementPage(page.items().stream().map(StatementEntryView::of).toList(),
                page.nextCursor().orElse(null));
    }
}
