package bankcore.dashboard.ui;

import bankcore.dashboard.ui.component.EChart;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
public class DemoView extends VerticalLayout {

    public DemoView() {
        EChart chart = new EChart();
        ObjectNode option = EChart.newOption();
        option.put("moneyCurrency", "EUR");
        option.putObject("xAxis").put("type", "category").putArray("data").add("a").add("b").add("c");
        option.putArray("yAxis").addObject().put("type", "value").put("moneyAxis", true);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("moneySeries", true).putArray("data").add(10.5).add(20).add(1234567.89);
        option.putObject("tooltip").put("trigger", "axis");
        chart.setOption(option);
        add(new H2("Demo"), chart);
    }
}
