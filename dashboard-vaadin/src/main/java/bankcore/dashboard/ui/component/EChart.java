package bankcore.dashboard.ui.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * The one chart component of the dashboard: an Apache ECharts option rendered by the
 * {@code <bank-echart>} custom element (plain JS under META-INF/resources, ECharts from its
 * webjar). Views build the option as JSON; this class only carries it to the browser.
 */
@Tag("bank-echart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://bankcore/bank-echart.js")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode option = JSON.createObjectNode();

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /** A fresh, empty option to fill in and hand to {@link #setOption}. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    /**
     * Shows a new option. Polls hand over the same option again and again while nothing changes;
     * an equal one is not sent to the browser at all.
     */
    public void setOption(ObjectNode option) {
        if (option.equals(this.option)) {
            return;
        }
        this.option = option.deepCopy();
        getElement().setProperty("option", this.option.toString());
    }

    /** A copy of the option last set: what the browser renders, for tests and debugging. */
    public ObjectNode getOption() {
        return option.deepCopy();
    }
}
