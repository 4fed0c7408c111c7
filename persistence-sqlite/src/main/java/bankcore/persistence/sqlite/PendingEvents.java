package bankcore.persistence.sqlite;

import bankcore.core.domain.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * The events one group's commands recorded, in position order, until the group is flushed; a
 * refused command's events are dropped with the rest of it.
 */
final class PendingEvents {
    private final List<Event> events = new ArrayList<>();
    private long lastPosition;
    private int commandStart;
    private long commandStartPosition;

    /** Empties the list; the group goes on from the committed feed's last position. */
    void start(long committedLastPosition) {
        events.clear();
        lastPosition = committedLastPosition;
    }

    void beginCommand() {
        commandStart = events.size();
        commandStartPosition = lastPosition;
    }

    void undoCommand() {
        events.subList(commandStart, events.size()).clear();
        lastPosition = commandStartPosition;
    }

    void append(Event event) {
        if (event.position() != lastPosition + 1) {
            throw new IllegalStateException("event " + event.id() + " has position " + event.position()
                    + " but the feed is at " + lastPosition);
        }
        events.add(event);
        lastPosition = event.position();
    }

    long lastPosition() {
        return lastPosition;
    }

    List<Event> events() {
        return events;
    }
}
