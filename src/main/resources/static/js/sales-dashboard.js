// Draws the vendor sales dashboard's charts from the JSON the page embeds. Every chart has a
// table beside it on the page, so nothing here is the only way to read the numbers.
(function () {
  'use strict';

  var C = window.RapportCharts;

  function data(id) {
    return C.data(id);
  }

  function label(key) {
    return C.label(key, 'sales-labels');
  }

  function chart(id, option) {
    C.draw(id, function () { return option; });
  }

  function amount(money) {
    return Number(money.amount);
  }

  function draw() {
    var quarters = data('sales-quarters');
    if (quarters) {
      chart('chart-quarters', {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 70, right: 50, top: 20, bottom: 60 },
        xAxis: C.fitCategories(document.getElementById('chart-quarters'), quarters.length,
          { type: 'category', data: quarters.map(function (q) { return q.quarter; }) }),
        yAxis: [{ type: 'value', name: label('revenue') }, { type: 'value', name: label('deals') }],
        series: ['PRODUCT', 'SOLUTION', 'SERVICE'].map(function (category) {
          return {
            name: label(category), type: 'bar', stack: 'revenue',
            data: quarters.map(function (q) { return amount(q.revenueByCategory[category]); })
          };
        }).concat([{
          name: label('deals'), type: 'line', yAxisIndex: 1,
          data: quarters.map(function (q) { return q.deals; })
        }])
      });
    }

    var concentration = data('sales-concentration');
    if (concentration) {
      chart('chart-lorenz', {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return C.percent(v, 1); } },
        grid: { left: 60, right: 20, top: 20, bottom: 50 },
        xAxis: { type: 'value', min: 0, max: 1, name: label('partnerShare'), nameLocation: 'middle', nameGap: 30,
          axisLabel: { formatter: function (v) { return C.percent(v); } } },
        yAxis: { type: 'value', min: 0, max: 1, name: label('revenueShare'),
          axisLabel: { formatter: function (v) { return C.percent(v); } } },
        series: [
          { name: label('lorenz'), type: 'line', showSymbol: false, areaStyle: { opacity: 0.15 },
            data: concentration.lorenz.map(function (p) { return [p.partnerShare, p.revenueShare]; }) },
          { name: label('equality'), type: 'line', showSymbol: false, lineStyle: { type: 'dashed' },
            data: [[0, 0], [1, 1]] }
        ]
      });
    }

    var partnerships = data('sales-partnerships');
    if (partnerships) {
      var total = partnerships.reduce(function (sum, p) { return sum + amount(p.revenue); }, 0);
      var running = 0;
      var top = partnerships.slice(0, 30);
      chart('chart-pareto', {
        tooltip: { trigger: 'axis' },
        grid: { left: 70, right: 50, top: 20, bottom: 90 },
        xAxis: { type: 'category', data: top.map(function (p) { return p.partnerName; }),
          axisLabel: { rotate: 45, width: 110, overflow: 'truncate' } },
        yAxis: [{ type: 'value', name: label('revenue') },
          { type: 'value', min: 0, max: 100, axisLabel: { formatter: function (v) { return C.percent(v / 100); } } }],
        series: [
          { name: label('revenue'), type: 'bar', data: top.map(function (p) { return amount(p.revenue); }) },
          { name: label('cumulativeShare'), type: 'line', yAxisIndex: 1,
            data: top.map(function (p) { running += amount(p.revenue); return total ? +(100 * running / total).toFixed(1) : 0; }) }
        ]
      });
    }

    var kpis = data('sales-kpis');
    if (kpis) {
      chart('chart-mix', {
        tooltip: { trigger: 'item', formatter: '{b}: {d}%' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['40%', '70%'],
          data: kpis.categoryMix.map(function (c) { return { name: label(c.category), value: amount(c.revenue) }; }) }]
      });
    }
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
