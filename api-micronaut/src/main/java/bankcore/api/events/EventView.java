package bankcore.api.events;

import bankcore.api.view.AccountView;
import bankcore.api.view.TransferView;
import bankcore.api.view.UserView;
import bankcore.core.domain.Event;
import bankcore.core.domain.TransferStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An event of the change feed as the API shows it: its data is the resource rendered by the same
 * view as the resource's own endpoint, as it was right after the change.
 */
@Serdeable
@Schema(name = "Event", description = "One change, in commit order: position is gap-free and increasing")
public record EventView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "6f1c1e0a-4b7e-3a55-9b7d-5f2d2a0c9e11") UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "42", minimum = "1") long position,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "transfer.posted", ref = "#/components/schemas/EventType")
        String type,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant occurredAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, ref = "#/components/schemas/EventData") Object data) {

    /**
     * A customer's accounts are announced by their own {@code account.opened} events, so its view lists none. A
     * transfer is shown with its status when the event was written: a hold is pending, its end comes later.
     */
    public static EventView of(Event event) {
        Object data = switch (event.type().resource()) {
            case TRANSFER -> TransferView.of(event.transfer(), TransferStatus.of(event.transfer(), Optional.empty()));
            case ACCOUNT -> AccountView.of(event.account());
            case CUSTOMER -> UserView.of(event.customer(), List.of());
        };
        return new EventView(event.id(), event.position(), event.type().wireName(), event.occurredAt(), data);
    }
}
