package bankcore.api.admin;

import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.FlowWindow;
import bankcore.core.domain.analytics.LedgerSummary;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "Summary")
record SummaryView(@Schema(requiredMode = RequiredMode.REQUIRED) Instant asOf, long customers, long accounts,
                   long transfers, @Schema(requiredMode = RequiredMode.REQUIRED) List<CurrencyView> currencies) {

    static SummaryView of(LedgerSummary summary) {
        return new SummaryView(summary.asOf(), summary.customers(), summary.accounts(), summary.transfers(),
                summary.currencies().stream().map(CurrencyView::of).toList());
    }

    @Serdeable
    @Schema(name = "CurrencySummary")
    record CurrencyView(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "what customers hold: the bank's liquidity need", example = "1250000.00")
            String liquidity,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "the cash account's balance, the mirror image of liquidity", example = "-1250000.00")
            String cashAccount,
            long customerAccounts,
            FlowView today,
            FlowView last24h,
            FlowView previous24h,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "Gini coefficient of customer balances, 0 (equal) to 1", example = "0.42")
            double gini) {

        static CurrencyView of(CurrencySummary summary) {
            return new CurrencyView(summary.currency().getCurrencyCode(), summary.liquidity().toPlainString(),
                    summary.cashAccount().toPlainString(), summary.customerAccounts(), FlowView.of(summary.today()),
                    FlowView.of(summary.last24h()), FlowView.of(summary.previous24h()), summary.gini());
        }
    }

    @Serdeable
    @Schema(name = "Flow")
    record FlowView(@Schema(requiredMode = RequiredMode.REQUIRED) Instant from,
                    @Schema(requiredMode = RequiredMode.REQUIRED) Instant to, long count,
                    @Schema(requiredMode = RequiredMode.REQUIRED, example = "5300.00") String volume) {

        static FlowView of(FlowWindow window) {
            return new FlowView(window.from(), window.to(), window.count(), window.volume().toPlainString());
        }
    }
}
