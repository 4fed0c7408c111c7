package bankcore.api.transfers;

import bankcore.api.view.TransferView;
import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;
import java.util.function.Function;

@Serdeable
@Schema(name = "TransferPage",
        description = "A cursor page, newest first: pass next_cursor back as cursor for the next one")
record TransferPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<TransferView> items,
                    @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                            description = "null on the last page",
                            example = "42") String nextCursor) {

    /** Each transfer where it stands now (a hold may have ended since it was written). */
    static TransferPage of(Page<Transfer> page, Function<Transfer, TransferStatus> status) {
        return new TransferPage(page.items().stream().map(t -> TransferView.of(t, status.apply(t))).toList(),
                page.nextCursor().orElse(null));
    }
}
