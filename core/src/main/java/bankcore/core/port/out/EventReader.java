package bankcore.core.port.out;

import bankcore.core.domain.Event;

import java.util.List;

/** The committed change feed, in position order. */
public interface EventReader {

    /** Events with a position above {@code afterPosition}, lowest first, at most {@code limit}. */
    List<Event> events(long afterPosition, int limit);

    /** The position of the last committed event; 0 when there is none. */
    long lastEventPosition();
}
