package bankcore.dashboard.ui;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.FlowWindow;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.dashboard.ui.component.EChart;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One currency on the Overview: its liquidity and flow in numbers, the volume of the last 24 hours
 * as a small chart, and the day's largest movements.
 */
final class CurrencyPanel extends Div {

    private final StatCard liquidity;
    private final StatCard todayCount;
    private final StatCard todayVolume;
    private final StatCard dayCount;
    private final StatCard dayVolume;
    private final EChart sparkline = new EChart();
    private final Div largest = new Div();
    private final AccountOwners owners;
    private final DateTimeFormatter axisFormat;
    /** The leaders last drawn: their names are looked up only when the list changes. */
    private List<Transfer> largestShown;

    CurrencyPanel(Currency currency, AccountOwners owners, DateTimeFormatter axisFormat) {
        this.owners = owners;
        this.axisFormat = axisFormat;
        String code = currency.getCurrencyCode();
        liquidity = new StatCard("Liquidity", "liquidity-" + code);
        todayCount = new StatCard("Transfers today", "today-count-" + code);
        todayVolume = new StatCard("Volume today", "today-volume-" + code);
        dayCount = new StatCard("Transfers, 24 h", "day-count-" + code);
        dayVolume = new StatCard("Volume, 24 h", "day-volume-" + code);
        sparkline.setId("sparkline-" + code);
        sparkline.setHeight("200px");
        largest.setId("largest-" + code);
        largest.addClassName("largest-list");
        Div trend = new Div(ViewFrame.card(new H3("Volume, last 24 h"), sparkline),
                ViewFrame.card(new H3("Largest movements today"), largest));
        trend.addClassName("chart-pair");
        add(new H3(code + " · " + currency.getDisplayName(Locale.US)),
                ViewFrame.cardRow(liquidity, todayCount, todayVolume, dayCount, dayVolume), trend);
        addClassName("currency-section");
    }

    void show(CurrencySummary summary, List<VolumeBucket> lastDay, List<Transfer> largestToday) {
        liquidity.show(Formats.money(summary.liquidity()),
                "held in " + Formats.count(summary.customerAccounts()) + " customer accounts");
        FlowWindow today = summary.today();
        FlowWindow day = summary.last24h();
        FlowWindow before = summary.previous24h();
        todayCount.show(Formats.count(today.count()), "since 00:00 UTC");
        todayVolume.show(Formats.money(today.volume()), "since 00:00 UTC");
        dayCount.show(Formats.count(day.count()),
                Formats.change(day.count(), before.count()) + " against the 24 h before");
        dayVolume.show(Formats.money(day.volume()),
                Formats.change(day.volume().amountMinor(), before.volume().amountMinor())
                        + " against the 24 h before");
        sparkline.setOption(sparklineOption(summary.currency(), lastDay));
        if (!largestToday.equals(largestShown)) {
            showLargest(largestToday);
            largestShown = largestToday;
        }
    }

    private void showLargest(List<Transfer> transfers) {
        largest.removeAll();
        if (transfers.isEmpty()) {
            largest.add(MovementRows.none("No transfers yet today."));
            return;
        }
        for (Transfer transfer : transfers) {
            largest.add(MovementRows.row(transfer,
                    owners.of(transfer.debitAccountId()) + " → " + owners.of(transfer.creditAccountId())));
        }
    }

    /** Volume per bucket as a filled line with no y axis: the shape of the day, the exact sums in the tooltip. */
    private ObjectNode sparklineOption(Currency currency, List<VolumeBucket> buckets) {
        ObjectNode option = EChart.newOption();
        option.put("moneyCurrency", currency.getCurrencyCode());
        option.putObject("tooltip").put("trigger", "axis");
        // Room for half of the first and last time label; containLabel would also reserve the hidden y axis's.
        option.putObject("grid").put("left", 24).put("right", 24).put("top", 8).put("bottom", 24);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category").put("boundaryGap", false);
        ArrayNode labels = xAxis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("show", false);
        ObjectNode series = option.putArray("series").addObject().put("name", "Volume").put("type", "line")
                .put("smooth", true).put("showSymbol", false).put("moneySeries", true);
        series.putObject("areaStyle").put("opacity", 0.3);
        ArrayNode volumes = series.putArray("data");
        for (VolumeBucket bucket : buckets) {
            labels.add(axisFormat.format(bucket.start()));
            volumes.add(bucket.volume().toDecimal());
        }
        return option;
    }
}
