package bankcore.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The common shape of a view: a header line (title and controls) over its content. */
abstract class ViewFrame extends Div {

    private final Div header = new Div();

    ViewFrame(String title) {
        addClassName("view");
        header.addClassName("view-header");
        header.add(new H2(title));
        add(header);
    }

    protected void addToHeader(Component... components) {
        header.add(components);
    }

    /** Cards side by side that wrap onto more lines on a narrow screen. */
    static Div cardRow(Component... cards) {
        Div row = new Div(cards);
        row.addClassName("card-row");
        return row;
    }

    /** A panel around a chart or a grid. */
    static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("card");
        return card;
    }
}
