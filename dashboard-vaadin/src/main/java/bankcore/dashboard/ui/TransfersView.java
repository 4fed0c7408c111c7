package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The journal, newest first, loaded page by page as one scrolls, with filters and a detail panel. */
@Route(value = "transfers", layout = MainLayout.class)
@PageTitle("Transfers · bankcore dashboard")
public class TransfersView extends ViewFrame implements Refreshable {

    private final DashboardBackend backend = DashboardBackend.current();
    private final Grid<Transfer> grid = new Grid<>();
    private final TransferDetails details;
    private final TransferFilterForm filters;
    private Optional<TransferFilter> filter = Optional.of(TransferFilter.all());
    private JournalPager pager;
    /** The newest matching transfer when the grid was last loaded: a poll reloads only when it changed. */
    private Optional<UUID> newestShown = Optional.empty();

    public TransfersView() {
        super("Transfers");
        details = new TransferDetails(backend.queries(), grid::deselectAll);
        filters = new TransferFilterForm(backend.queries(), backend.defaultCurrency(), this::filterBy);
        configureGrid();
        Div body = new Div(card(grid), details);
        body.addClassName("journal");
        add(filters, body);
        reload();
    }

    private void configureGrid() {
        grid.setId("journal");
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader("Posted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Formats.money(t.amount())).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transfer::debitAccountId).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transfer::creditAccountId).setHeader("To").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Transfer::description).setHeader("Description").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream());
        grid.asSingleSelect().addValueChangeListener(e -> details.show(Optional.ofNullable(e.getValue())));
    }

    private List<Transfer> fetch(int offset, int limit) {
        return pager == null ? List.of() : pager.fetch(offset, limit);
    }

    private void filterBy(Optional<TransferFilter> newFilter) {
        filter = newFilter;
        reload();
    }

    /**
     * Reloads the grid when a new transfer matches: it then appears on top and the selection stays.
     * Otherwise nothing is read but one row, because reloading a grid scrolled deep into a large
     * journal walks the cursor pages again from the newest.
     */
    @Override
    public void refresh() {
        if (!newest().equals(newestShown)) {
            reload();
        }
    }

    private void reload() {
        pager = filter.map(f -> new JournalPager(backend.queries(), f)).orElse(null);
        newestShown = newest();
        grid.getDataProvider().refreshAll();
    }

    private Optional<UUID> newest() {
        return filter.flatMap(f -> backend.queries().transfers(f, Optional.empty(), 1).items().stream()
                .findFirst().map(Transfer::id));
    }
}
