package bankcore.dashboard.ui;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Money;
import bankcore.core.domain.analytics.LorenzPoint;
import bankcore.core.domain.analytics.WealthBucket;
import bankcore.core.domain.analytics.WealthDistribution;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.ui.component.EChart;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** How customer wealth is spread: a log-bucket histogram, the Lorenz curve, Gini and the top 20 accounts. */
@Route(value = "wealth", layout = MainLayout.class)
@PageTitle("Wealth · bankcore dashboard")
public class WealthView extends ViewFrame implements Refreshable {

    static final int TOP_ACCOUNTS = 20;

    /** One row of the top accounts: the account and its owner's name. */
    record TopAccount(int rank, Account account, String owner) {
    }

    private final DashboardBackend backend = DashboardBackend.current();
    private final CurrencyPicker currency = new CurrencyPicker(backend);
    private final StatCard gini = new StatCard("Gini coefficient", "gini");
    private final StatCard holders = new StatCard("Customer accounts", "holders");
    private final StatCard total = new StatCard("Customer holdings", "holdings");
    private final EChart histogram = new EChart();
    private final EChart lorenz = new EChart();
    private final Grid<TopAccount> top = new Grid<>();

    public WealthView() {
        super("Wealth");
        currency.addValueChangeListener(e -> refresh());
        histogram.setId("wealth-histogram");
        lorenz.setId("wealth-lorenz");
        configureTopGrid();
        Div charts = new Div(card(new H3("Balances (log buckets)"), histogram), card(new H3("Lorenz curve"), lorenz));
        charts.addClassName("chart-pair");
        addToHeader(currency);
        add(cardRow(gini, holders, total), charts, card(new H3("Top " + TOP_ACCOUNTS + " accounts"), top));
        refresh();
    }

    private void configureTopGrid() {
        top.setId("top-accounts");
        top.addColumn(TopAccount::rank).setHeader("#").setWidth("4em").setFlexGrow(0);
        top.addColumn(row -> row.account().id()).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        top.addColumn(TopAccount::owner).setHeader("Owner").setFlexGrow(1);
        top.addColumn(row -> Formats.money(row.account().balance())).setHeader("Balance")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // Names wrap rather than end in an ellipsis: on a phone the owner column is a third of the screen.
        top.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        top.setAllRowsVisible(true);
    }

    @Override
    public void refresh() {
        Currency shown = currency.getValue();
        WealthDistribution wealth = backend.analytics().wealth(shown);
        gini.show(Formats.ratio(wealth.gini()), "0 = all equal, 1 = one account holds everything");
        holders.show(Formats.count(wealth.accounts()), shown.getCurrencyCode());
        total.show(Formats.money(wealth.total()), "the bank's liquidity need");
        histogram.setOption(histogramOption(wealth));
        lorenz.setOption(lorenzOption(wealth));
        top.setItems(topAccounts(shown));
    }

    private List<TopAccount> topAccounts(Currency shown) {
        List<TopAccount> rows = new ArrayList<>();
        for (Account account : backend.analytics().topAccounts(shown, TOP_ACCOUNTS)) {
            String owner = backend.queries().customer(account.ownerId()).map(Customer::name).orElse("—");
            rows.add(new TopAccount(rows.size() + 1, account, owner));
        }
        return rows;
    }

    private static ObjectNode histogramOption(WealthDistribution wealth) {
        ObjectNode option = EChart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 8).put("right", 8).put("bottom", 8).put("top", 24)
                .put("containLabel", true);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
        xAxis.putObject("axisLabel").put("interval", 0).put("rotate", 30);
        ArrayNode labels = xAxis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("name", "Accounts").put("minInterval", 1);
        ArrayNode counts = option.putArray("series").addObject().put("name", "Accounts").put("type", "bar")
                .putArray("data");
        for (WealthBucket bucket : wealth.histogram()) {
            labels.add(bucketLabel(bucket));
            counts.add(bucket.accounts());
        }
        return option;
    }

    /** "0", "< €1", "€1–10", "€10–100", "€1K–10K" ...: the histogram's log buckets, short enough for a phone. */
    static String bucketLabel(WealthBucket bucket) {
        if (bucket.upper().amountMinor() == 1) {
            return "0";
        }
        String symbol = bucket.upper().currency().getSymbol(Locale.US);
        if (bucket.lower().amountMinor() == 1) {
            return "< " + symbol + "1";
        }
        return symbol + Formats.compact(bucket.lower().toDecimal()) + "–" + Formats.compact(bucket.upper().toDecimal());
    }

    private static ObjectNode lorenzOption(WealthDistribution wealth) {
        ObjectNode option = EChart.newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 40).put("right", 16).put("bottom", 36).put("top", 40)
                .put("containLabel", true);
        percentAxis(option.putObject("xAxis"), "Poorest share of accounts", 28);
        percentAxis(option.putObject("yAxis"), "Share of all wealth", 44);
        ArrayNode series = option.putArray("series");
        ObjectNode curveSeries = series.addObject().put("name", "Lorenz curve").put("type", "line")
                .put("showSymbol", false);
        curveSeries.putObject("areaStyle").put("opacity", 0.25);
        ArrayNode curve = curveSeries.putArray("data");
        for (LorenzPoint point : wealth.lorenz()) {
            curve.addArray().add(percent(point.populationShare())).add(percent(point.wealthShare()));
        }
        ObjectNode equalitySeries = series.addObject().put("name", "Equality").put("type", "line")
                .put("showSymbol", false);
        equalitySeries.putObject("lineStyle").put("type", "dashed");
        ArrayNode equality = equalitySeries.putArray("data");
        equality.addArray().add(0).add(0);
        equality.addArray().add(100).add(100);
        return option;
    }

    private static void percentAxis(ObjectNode axis, String name, int nameGap) {
        axis.put("type", "value").put("min", 0).put("max", 100).put("name", name)
                .put("nameLocation", "middle").put("nameGap", nameGap);
        axis.putObject("axisLabel").put("formatter", "{value}%");
    }

    /** A share (0 to 1) as a percentage with one decimal: what the chart needs, no false precision. */
    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
