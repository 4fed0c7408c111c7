package bankcore.api.events;

import bankcore.core.port.in.ChangeFeed;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Turns a feed subscription into server-sent events, with a comment every 15 s so proxies and
 * clients keep the connection. The subscription's thread waits while the client has not asked for
 * more, so a slow client holds back its own subscription, not the server's memory.
 */
@Singleton
class EventStream {
    private static final long WAIT_FOR_DEMAND_NANOS = Duration.ofMillis(5).toNanos();

    private final ChangeFeed feed;
    private final Duration keepAlive;

    /** @param keepAlive how often a comment line is sent (15 s; tests make it shorter) */
    EventStream(ChangeFeed feed, @Property(name = "bank.events.keep-alive", defaultValue = "15s") Duration keepAlive) {
        this.feed = feed;
        this.keepAlive = keepAlive;
    }

    Flux<Event<Object>> after(long position) {
        Flux<Event<Object>> events = Flux.create(sink -> {
            ChangeFeed.Subscription subscription = feed.subscribe(position, event -> {
                while (sink.requestedFromDownstream() == 0 && !sink.isCancelled()) {
                    LockSupport.parkNanos(WAIT_FOR_DEMAND_NANOS);
                }
                sink.next(Event.<Object>of(EventView.of(event)).id(Long.toString(event.position()))
                        .name(event.type().wireName()));
            });
            sink.onDispose(() -> CompletableFuture.runAsync(subscription::close));
        }, FluxSink.OverflowStrategy.BUFFER);
        // Empty data: the codec then writes the comment line alone, which clients ignore.
        Flux<Event<Object>> comments = Flux.interval(keepAlive).map(tick -> Event.<Object>of("").comment("keep-alive"));
        return Flux.merge(events, comments);
    }
}
