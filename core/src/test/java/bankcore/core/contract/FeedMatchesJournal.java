package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.ChangeFeed;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the feed must agree on with the journal, after any test that writes: positions 1 to n with
 * no gap, and the transfer events, in position order, are the journal's entries, each once, in
 * sequence order and equal to them.
 */
public final class FeedMatchesJournal {
    private FeedMatchesJournal() {
    }

    public static List<Event> assertHolds(Ledger ledger) {
        List<Event> feed = readAll(ledger.events());
        for (int i = 0; i < feed.size(); i++) {
            assertThat(feed.get(i).position()).as("position of the feed's event #" + (i + 1)).isEqualTo(i + 1);
        }
        assertThat(ledger.events().lastPosition()).isEqualTo(feed.size());
        List<Transfer> fromFeed = feed.stream()
                .filter(event -> event.type().resource() == EventType.Resource.TRANSFER)
                .map(Event::transfer).toList();
        assertThat(fromFeed).isEqualTo(WholeJournal.oldestFirst(ledger.queries()));
        return feed;
    }

    public static List<Event> readAll(ChangeFeed events) {
        List<Event> all = new ArrayList<>();
        for (List<Event> page = events.read(0, ChangeFeed.MAX_READ); !page.isEmpty();
             page = events.read(page.get(page.size() - 1).position(), ChangeFeed.MAX_READ)) {
            all.addAll(page);
        }
        return all;
    }
}
