package bankcore.api.webhooks;

import bankcore.core.domain.Page;
import bankcore.core.domain.WebhookDelivery;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "WebhookDeliveryPage",
        description = "A cursor page, newest first: pass next_cursor back as cursor for the next one")
record DeliveryPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<DeliveryView> items,
                    @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                            description = "null on the last page", example = "12") String nextCursor) {

    static DeliveryPage of(Page<WebhookDelivery> page) {
        return new DeliveryPage(page.items().stream().map(DeliveryView::of).toList(), page.nextCursor().orElse(null));
    }
}
