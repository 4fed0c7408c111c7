package bankcore.api.accounts;

import bankcore.api.view.Amounts;
import bankcore.core.domain.Account;
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
                     String nextCursor,
                     @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                             description = "the account's available balance now: balance - pending debits + credit "
                                     + "limit", example = "75.00")
                     String available) {

    static StatementPage of(Page<StatementEntry> page, Account account) {
        return new StatementPage(page.items().stream().map(StatementEntryView::of).toList(),
                page.nextCursor().orElse(null), account.available().toPlainString());
    }
}
