package bankcore.api.events;

import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ChangeFeed;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reactivestreams.Publisher;

@Controller("/events")
@Tag(name = "events")
@Secured("ADMIN")
@ProblemResponses.Always
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.Unprocessable
class EventController {

    private final ChangeFeed feed;
    private final EventStream stream;

    EventController(ChangeFeed feed, EventStream stream) {
        this.feed = feed;
        this.stream = stream;
    }

    @Get
    @Operation(operationId = "listEvents", summary = "The change feed, a page at a time (admin)",
            description = "Every change after a position, lowest first: transfers posted and reversed, accounts "
                    + "opened, frozen, unfrozen and closed, customers registered. Each event is written in the same "
                    + "transaction as its change, and positions have no gaps, so a reader that keeps the last "
                    + "position it handled misses nothing. 422 for a negative after or a limit out of range.")
    @ApiResponse(responseCode = "200", description = "a page of events")
    EventPage list(@After @QueryValue(defaultValue = "0") long after,
                   @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        return EventPage.of(feed.read(after, Page.requireLimit(limit)));
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "streamEvents", summary = "The change feed as server-sent events (admin)",
            description = "Each event as `id:` its position, `event:` its type and `data:` the event's JSON (the "
                    + "Event schema), in order, then each new one as it commits; a comment line every 15 s keeps the "
                    + "connection open. A client that reconnects with `Last-Event-ID` (as browsers' EventSource do), "
                    + "or with `after`, resumes right after that position: nothing is skipped, nothing doubled. "
                    + "Without either it starts after the current last event. 422 for a malformed position.")
    @ApiResponse(responseCode = "200", description = "the stream, until the client goes away",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string",
                    example = "id: 42\nevent: transfer.posted\ndata: {\"id\":\"6f1c1e0a-4b7e-3a55-9b7d-5f2d2a0c9e11\","
                            + "\"position\":42,\"type\":\"transfer.posted\",...}\n\n")))
    Publisher<Event<Object>> stream(
            @Parameter(name = "after", in = ParameterIn.QUERY, required = false,
                    description = "resume after this position (0: from the start); Last-Event-ID wins when both are "
                            + "given", schema = @Schema(type = "integer", format = "int64", minimum = "0"))
            @Nullable @QueryValue Long after,
            @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER, required = false,
                    description = "the id (position) of the last event the client received",
                    schema = @Schema(type = "string", example = "42"))
            @Nullable @Header("Last-Event-ID") String lastEventId) {
        long start = lastEventId != null ? position(lastEventId) : after != null ? after : feed.lastPosition();
        if (start < 0) {
            throw Refusal.INVALID_ARGUMENT.because("after must be 0 or a position, got " + start);
        }
        return stream.after(start);
    }

    private static long position(String lastEventId) {
        try {
            return Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException malformed) {
            throw Refusal.INVALID_ARGUMENT.because("Last-Event-ID must be a position, got '" + lastEventId + "'");
        }
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @Parameter(name = "after", in = ParameterIn.QUERY, required = false,
            description = "the position to read after: 0 (the default) for the start, else a page's next_cursor",
            schema = @Schema(type = "integer", format = "int64", minimum = "0", defaultValue = "0"))
    @interface After {
    }
}
