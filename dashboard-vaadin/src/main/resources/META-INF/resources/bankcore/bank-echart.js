/*
 * <bank-echart>: a thin custom element around Apache ECharts (loaded before it from the webjar).
 * The server sets one property, `option`, a JSON string of an ECharts option; the element renders
 * it and follows its own size. Plain JavaScript on purpose: Vaadin's pre-built bundle serves it
 * without an npm build (see STACK.md).
 *
 * Functions cannot travel in JSON, so money formatting is requested by a marker: an option with
 * "moneyCurrency": "EUR" gets axis labels and tooltips formatted as that currency.
 */
(function () {
  'use strict';

  function moneyFormatter(currency) {
    const format = new Intl.NumberFormat(undefined, {
      style: 'currency', currency: currency, maximumFractionDigits: 2
    });
    const compact = new Intl.NumberFormat(undefined, {
      style: 'currency', currency: currency, notation: 'compact', maximumFractionDigits: 1
    });
    return { full: (v) => format.format(v), compact: (v) => compact.format(v) };
  }

  function withFormatters(option) {
    const currency = option.moneyCurrency;
    if (!currency) {
      return option;
    }
    const money = moneyFormatter(currency);
    [].concat(option.yAxis || []).forEach((axis) => {
      if (axis.moneyAxis) {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: money.compact });
      }
    });
    [].concat(option.series || []).forEach((series) => {
      if (series.moneySeries) {
        series.tooltip = Object.assign({}, series.tooltip, { valueFormatter: money.full });
      }
    });
    return option;
  }

  class BankEChart extends HTMLElement {
    constructor() {
      super();
      // A property set before this class was defined shadows the setter: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const early = this.option;
        delete this.option;
        this._option = early;
      }
    }

    set option(json) {
      this._option = json;
      this._render();
    }

    get option() {
      return this._option;
    }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      if (!this._chart) {
        this._chart = echarts.init(this, null, { renderer: 'canvas' });
        this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
        this._resizeObserver.observe(this);
      }
      this._render();
    }

    disconnectedCallback() {
      if (this._resizeObserver) {
        this._resizeObserver.disconnect();
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    _render() {
      if (!this._chart || !this._option) {
        return;
      }
      // Merged into the last option, so a refresh moves the bars instead of redrawing them from zero
      // (each chart keeps the same series; data arrays are replaced whole, never merged).
      this._chart.setOption(withFormatters(JSON.parse(this._option)), { notMerge: false });
      this.setAttribute('data-rendered', String(Date.now()));
    }
  }

  if (!customElements.get('bank-echart')) {
    customElements.define('bank-echart', BankEChart);
  }
})();
