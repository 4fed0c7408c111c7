package bankcore.dashboard.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A card with a label, one big number and a small note under it (a change, a time, a detail). */
public class StatCard extends Div {

    private final Span value = new Span();
    private final Span note = new Span();

    /** @param id the value's element id, so tests and people can point at one number */
    public StatCard(String label, String id) {
        addClassName("stat-card");
        Span title = new Span(label);
        title.addClassName("stat-label");
        value.addClassName("stat-value");
        value.setId(id);
        note.addClassName("stat-note");
        note.setId(id + "-note");
        add(title, value, note);
    }

    public StatCard show(String valueText, String noteText) {
        value.setText(valueText);
        note.setText(noteText);
        return this;
    }

    public String value() {
        return value.getText();
    }

    public String note() {
        return note.getText();
    }
}
