package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.dashboard.ui.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The Overview's short lists of journal entries (largest movements, latest expiries): one look for both. */
final class MovementRows {
    private MovementRows() {
    }

    /** One entry: its amount, who it was between (and what it was), and when. */
    static Div row(Transfer entry, String parties) {
        Span amount = new Span(Formats.money(entry.amount()));
        amount.addClassName("largest-amount");
        Span between = new Span(parties);
        between.addClassName("largest-parties");
        Span time = new Span(Formats.time(entry.createdAt()));
        time.addClassName("muted");
        Div row = new Div(amount, between, time);
        row.addClassName("largest-row");
        return row;
    }

    /** What an empty list says instead. */
    static Span none(String text) {
        Span none = new Span(text);
        none.addClassName("muted");
        return none;
    }
}
