package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.dashboard.SeededLedger;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TransfersViewTest extends DashboardUiTest {

    @Test
    void lists_the_whole_journal_newest_first() {
        navigateTo(TransfersView.class);

        assertThat(ids(shown())).isEqualTo(ids(seeded.newestFirst()));
        assertThat(GridKt._getFormattedRow(journal(), 0))
                .containsExactly("2026-03-10 12:25:20 UTC", "€50.00", String.valueOf(seeded.ada.id()),
                        String.valueOf(seeded.ledger.queries().cashAccount(SeededLedger.EUR).orElseThrow().id()),
                        "cash out");
    }

    @Test
    void filters_by_account() {
        navigateTo(TransfersView.class);

        field("filter-account").setValue(String.valueOf(seeded.dee.id()));

        assertThat(shown()).extracting(Transfer::creditAccountId).containsExactly(seeded.dee.id());
    }

    @Test
    void filters_by_customer_email_or_id() {
        navigateTo(TransfersView.class);
        List<UUID> bobs = ids(seeded.newestFirst().stream().filter(t -> t.involves(seeded.bob.id())).toList());

        field("filter-customer").setValue("BOB@example.test");
        assertThat(ids(shown())).isEqualTo(bobs).hasSize(3);

        field("filter-customer").setValue(String.valueOf(seeded.bob.ownerId()));
        assertThat(ids(shown())).isEqualTo(bobs);
    }

    @Test
    void shows_nothing_for_an_unknown_customer_and_says_why() {
        navigateTo(TransfersView.class);

        field("filter-customer").setValue("nobody@example.test");

        assertThat(shown()).isEmpty();
        assertThat(field("filter-customer").isInvalid()).isTrue();
    }

    @Test
    void filters_by_amount_range() {
        navigateTo(TransfersView.class);

        amount("filter-min").setValue(new BigDecimal("50"));
        amount("filter-max").setValue(new BigDecimal("100.00"));

        assertThat(shown()).extracting(t -> t.amount().toPlainString()).containsExactly("50.00", "100.00", "75.25");
    }

    @Test
    void filters_by_time_range() {
        navigateTo(TransfersView.class);

        time("filter-from").setValue(LocalDateTime.ofInstant(SeededLedger.NOW.minusSeconds(3 * 3600), ZoneOffset.UTC));
        time("filter-to").setValue(LocalDateTime.ofInstant(SeededLedger.NOW.minusSeconds(7 * 60), ZoneOffset.UTC));

        assertThat(shown()).extracting(t -> t.amount().toPlainString()).containsExactly("20.00", "100.00", "75.25");
    }

    @Test
    void shows_the_details_of_the_selected_transfer() {
        navigateTo(TransfersView.class);

        journal().select(GridKt._get(journal(), 0));

        assertThat(_get(TransferDetails.class).isVisible()).isTrue();
        assertThat(number("detail-amount")).isEqualTo("€50.00");
        assertThat(number("detail-from")).isEqualTo("Account " + seeded.ada.id() + " · Ada Lovelace · balance after €850.00");
        assertThat(number("detail-to")).startsWith("Account ").contains("bank cash account");
        assertThat(number("detail-description")).isEqualTo("cash out");
        assertThat(number("detail-id")).isEqualTo(seeded.newestFirst().get(0).id().toString());
    }

    @Test
    void shows_a_new_transfer_on_top_after_the_next_poll() {
        navigateTo(TransfersView.class);

        Transfer latest = seeded.transfer(seeded.ada, seeded.cyd, "1.00");
        poll();

        assertThat(GridKt._get(journal(), 0).id()).isEqualTo(latest.id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Transfer> journal() {
        return _get(Grid.class, spec -> spec.withId("journal"));
    }

    private static List<Transfer> shown() {
        return GridKt._fetch(journal(), 0, 1_000);
    }

    private static List<UUID> ids(List<Transfer> transfers) {
        return transfers.stream().map(Transfer::id).toList();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static BigDecimalField amount(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static DateTimePicker time(String id) {
        return _get(DateTimePicker.class, spec -> spec.withId(id));
    }
}
