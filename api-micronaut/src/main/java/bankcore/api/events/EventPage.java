package bankcore.api.events;

import bankcore.core.domain.Event;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

@Serdeable
@Schema(name = "EventPage", description = "Events after a position, lowest first: pass next_cursor back as after "
        + "for the next page")
record EventPage(@Schema(requiredMode = RequiredMode.REQUIRED) List<EventView> items,
                 @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
                         description = "the position of the page's last event; null when the page is empty "
                                 + "(nothing after yet: ask again later with the same after)",
                         example = "42") String nextCursor) {

    static EventPage of(List<Event> events) {
        return new EventPage(events.stream().map(EventView::of).toList(),
                events.isEmpty() ? null : Long.toString(events.get(events.size() - 1).position()));
    }
}
