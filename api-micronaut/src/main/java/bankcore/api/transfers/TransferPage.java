package bankcore.api.transfers;

import bankcore.api.view.TransferView;
import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "TransferPage",
        description = "A cursor page, newest first: pass next_cursor back as cursor for the next one")
record TransferPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<TransferView> items,
                    @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                            description = "null on the last page",
                            example = "42") String nextCursor) {

    static TransferPage of(Page<Transfer> page) {
        return new TransferPage(page.items().stream().map(TransferView::of).toList(), page.nextCursor().orElse(null));
    }
}
