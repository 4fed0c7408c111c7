package bankcore.dashboard.ui;

import bankcore.core.domain.Money;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.ui.component.EChart;
import bankcore.dashboard.ui.component.StatCard;
import bankcore.dashboard.ui.format.Formats;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Volume and count of transfers over time, for the last hour, day or 30 days. */
@Route(value = "flow", layout = MainLayout.class)
@PageTitle("Flow · bankcore dashboard")
public class FlowView extends ViewFrame implements Refreshable {

    /** A range with a bucket size that gives a readable number of bars. */
    enum Range {
        HOUR("Last hour", Duration.ofHours(1), Duration.ofMinutes(1), "HH:mm"),
        DAY("Last 24 hours", Duration.ofDays(1), Duration.ofMinutes(30), "HH:mm"),
        MONTH("Last 30 days", Duration.ofDays(30), Duration.ofDays(1), "MMM d");

        final String label;
        final Duration length;
        final Duration bucket;
        final DateTimeFormatter axisFormat;

        Range(String label, Duration length, Duration bucket, String axisPattern) {
            this.label = label;
            this.length = length;
            this.bucket = bucket;
            this.axisFormat = DateTimeFormatter.ofPattern(axisPattern, Locale.US).withZone(ZoneOffset.UTC);
        }

        /** The end of the bucket that holds {@code now}, so the current, still growing bucket is shown. */
        Instant endAfter(Instant now) {
            long bucketSeconds = bucket.toSeconds();
            return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), bucketSeconds) * bucketSeconds + bucketSeconds);
        }
    }

    private final DashboardBackend backend = DashboardBackend.current();
    private final RadioButtonGroup<Range> range = new RadioButtonGroup<>();
    private final CurrencyPicker currency = new CurrencyPicker(backend);
    private final StatCard count = new StatCard("Transfers in range", "range-count");
    private final StatCard volume = new StatCard("Volume in range", "range-volume");
    private final EChart chart = new EChart();

    public FlowView() {
        super("Flow");
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r.label);
        range.setValue(Range.DAY);
        range.setId("range");
        range.addValueChangeListener(e -> refresh());
        currency.addValueChangeListener(e -> refresh());
        chart.setId("flow-chart");
        chart.setHeight("380px");
        addToHeader(range, currency);
        add(cardRow(count, volume), card(chart));
        refresh();
    }

    @Override
    public void refresh() {
        Range selected = range.getValue();
        Currency shown = currency.getValue();
        Instant to = selected.endAfter(backend.clock().instant());
        Instant from = to.minus(selected.length);
        List<VolumeBucket> buckets = backend.analytics().volume(shown, from, to, selected.bucket);

        long transfers = buckets.stream().mapToLong(VolumeBucket::count).sum();
        Money total = buckets.stream().map(VolumeBucket::volume).reduce(Money.zero(shown), Money::plus);
        count.show(Formats.count(transfers), Formats.dateTime(from) + " to now");
        volume.show(Formats.money(total), shown.getCurrencyCode());
        chart.setOption(option(selected, shown, buckets));
    }

    private static ObjectNode option(Range range, Currency currency, List<VolumeBucket> buckets) {
        ObjectNode option = EChart.newOption();
        option.put("moneyCurrency", currency.getCurrencyCode());
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 8).put("right", 8).put("bottom", 8).put("top", 48)
                .put("containLabel", true);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        ArrayNode yAxes = option.putArray("yAxis");
        // Each axis title is aligned to extend inwards from its axis: centred, the right one ran past the
        // canvas whenever that axis's labels were narrower than half the title (small counts, "Last hour").
        ObjectNode volumeAxis = yAxes.addObject().put("type", "value").put("name", "Volume").put("moneyAxis", true);
        volumeAxis.putObject("nameTextStyle").put("align", "left");
        ObjectNode countAxis = yAxes.addObject().put("type", "value").put("name", "Transfers").put("minInterval", 1);
        countAxis.putObject("nameTextStyle").put("align", "right");
        countAxis.putObject("splitLine").put("show", false);
        ArrayNode series = option.putArray("series");
        ObjectNode volumeSeries = series.addObject().put("name", "Volume").put("type", "bar")
                .put("moneySeries", true);
        ObjectNode countSeries = series.addObject().put("name", "Transfers").put("type", "line")
                .put("yAxisIndex", 1).put("showSymbol", false);
        ArrayNode volumes = volumeSeries.putArray("data");
        ArrayNode counts = countSeries.putArray("data");
        for (VolumeBucket bucket : buckets) {
            labels.add(range.axisFormat.format(bucket.start()));
            volumes.add(bucket.volume().toDecimal());
            counts.add(bucket.count());
        }
        return option;
    }
}
