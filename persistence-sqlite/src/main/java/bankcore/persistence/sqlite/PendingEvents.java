package bankcore.persistence.sqlite;

import bankcore.core.domain.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * The events one group's commands recorded, in position order, until the group is flushed; a
 * refused command's events are dropped with the rest of it. An event whose data is its journal
 * entry's snapshot is kept with that entry's sequence, so that it is stored by reference (decision 0025).
 */
final class PendingEvents {
    /** An event, and the sequence of the entry it is the snapshot of (0: its data is stored as text). */
    record Pending(Event event, long entrySequence) {
    }

    private final List<Pending> events = new ArrayList<>();
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

    void append(Event event, long entrySequence) {
        if (event.position() != lastPosition + 1) {
            throw new IllegalStateException("event " + event.id() + " has position " + event.position()
                    + " but the feed is at " + lastPosition);
        }
        events.add(new Pending(event, entrySequence));
        lastPosition = event.position();
    }

    long lastPosition() {
        return lastPosition;
    }

    List<Pending> events() {
        return events;
    }
}
