package bankcore.dashboard.ui;

import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Serves a grid's offset-and-limit requests from the core's cursor pages (newest first). The core
 * pages by cursor so that a million-row journal is never counted or skipped through with OFFSET;
 * this remembers the cursor found at each offset, so scrolling on only ever reads forward from the
 * nearest known place. One pager per filter: a new filter or a refresh starts a new one.
 */
final class JournalPager {

    private final LedgerQueries queries;
    private final TransferFilter filter;
    /** Offset in the result -> the cursor of the page that starts there; absent = not known yet. */
    private final NavigableMap<Integer, Optional<String>> cursorAtOffset = new TreeMap<>();
    private int endOffset = Integer.MAX_VALUE;

    JournalPager(LedgerQueries queries, TransferFilter filter) {
        this.queries = queries;
        this.filter = filter;
        cursorAtOffset.put(0, Optional.empty());
    }

    List<Transfer> fetch(int offset, int limit) {
        List<Transfer> rows = new ArrayList<>(limit);
        Map.Entry<Integer, Optional<String>> start = cursorAtOffset.floorEntry(offset);
        int position = start.getKey();
        Optional<String> cursor = start.getValue();
        while (rows.size() < limit && position < endOffset) {
            int wanted = Math.min(Page.MAX_LIMIT, offset + limit - position);
            Page<Transfer> page = queries.transfers(filter, cursor, wanted);
            for (Transfer transfer : page.items()) {
                if (position >= offset && rows.size() < limit) {
                    rows.add(transfer);
                }
                position++;
            }
            if (page.nextCursor().isEmpty() || page.items().isEmpty()) {
                endOffset = position;
            } else {
                cursor = page.nextCursor();
                cursorAtOffset.put(position, cursor);
            }
        }
        return rows;
    }
}
