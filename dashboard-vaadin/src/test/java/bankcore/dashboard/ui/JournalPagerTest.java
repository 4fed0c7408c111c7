package bankcore.dashboard.ui;

import bankcore.core.domain.Page;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.dashboard.SeededLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's offsets over the core's cursor pages, on a journal longer than two of the core's pages. */
class JournalPagerTest {

    private static final int EXTRA = 2 * Page.MAX_LIMIT + 50;

    @TempDir
    static Path directory;
    private static SeededLedger seeded;
    private static List<UUID> newestFirst;

    @BeforeAll
    static void seedALongJournal() {
        seeded = SeededLedger.create(directory);
        List<TransferCommand> cents = IntStream.range(0, EXTRA)
                .mapToObj(i -> TransferCommand.of(seeded.ada.id(), seeded.bob.id(), SeededLedger.eur("0.01"), "cent " + i))
                .toList();
        seeded.ledger.transfers().transferEach(cents).forEach(outcome -> seeded.journal.add(outcome.orThrow().transfer()));
        newestFirst = seeded.newestFirst().stream().map(Transfer::id).toList();
    }

    @AfterAll
    static void close() {
        seeded.close();
    }

    @Test
    void reads_the_whole_journal_in_grid_pages() {
        JournalPager pager = new JournalPager(seeded.ledger.queries(), TransferFilter.all());
        List<UUID> read = new ArrayList<>();
        for (int offset = 0; offset < newestFirst.size() + 50; offset += 50) {
            pager.fetch(offset, 50).forEach(t -> read.add(t.id()));
        }
        assertThat(read).isEqualTo(newestFirst);
    }

    @Test
    void jumps_deep_into_the_journal_and_back() {
        JournalPager pager = new JournalPager(seeded.ledger.queries(), TransferFilter.all());

        assertThat(ids(pager.fetch(420, 30))).isEqualTo(newestFirst.subList(420, 450));
        assertThat(ids(pager.fetch(190, 20))).isEqualTo(newestFirst.subList(190, 210));
        assertThat(ids(pager.fetch(newestFirst.size() - 3, 50))).isEqualTo(newestFirst.subList(newestFirst.size() - 3, newestFirst.size()));
    }

    @Test
    void returns_nothing_past_the_end() {
        JournalPager pager = new JournalPager(seeded.ledger.queries(), TransferFilter.all());

        assertThat(pager.fetch(newestFirst.size(), 50)).isEmpty();
        assertThat(pager.fetch(newestFirst.size() + 500, 50)).isEmpty();
    }

    private static List<UUID> ids(List<Transfer> transfers) {
        return transfers.stream().map(Transfer::id).toList();
    }
}
