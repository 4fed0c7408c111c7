package bankcore.core.contract;

import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The whole journal as a test reads it back: through the ledger's own pages, oldest entry first. */
public final class WholeJournal {
    private WholeJournal() {
    }

    public static List<Transfer> oldestFirst(LedgerQueries queries) {
        List<Transfer> journal = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Transfer> page = queries.transfers(TransferFilter.all(), cursor, Page.MAX_LIMIT);
            journal.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        Collections.reverse(journal);
        return journal;
    }
}
