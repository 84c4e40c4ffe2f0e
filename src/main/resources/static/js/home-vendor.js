// The vendor's home page: the tier pyramid and the channel-wide VEI and PEI trend by quarter. The
// tables beside them hold the same numbers.
(function () {
  'use strict';
  var C = window.RapportCharts;

  C.ready(function () {
    var tiers = C.data('tiers-data');
    if (tiers) {
      tiers = tiers.slice().reverse();
      C.draw('chart-tiers', function () {
        return {
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 30, top: 10, bottom: 30, containLabel: true },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: tiers.map(function (t) { return t.tier; }),
            axisLabel: { width: 110, overflow: 'truncate' } },
          series: [{ type: 'bar', data: tiers.map(function (t) { return t.partnerships; }), itemStyle: { color: '#1d3557' } }]
        };
      });
    }
    var trend = C.data('home-trend');
    var labels = C.data('home-labels') || {};
    if (trend && trend.length) {
      C.draw('chart-trend', function (element) {
        var series = [{ name: labels.vei, type: 'line', data: trend.map(function (t) { return t.vei; }) }];
        if (trend[0].pei !== undefined && trend[0].pei !== null) {
          series.unshift({ name: labels.pei, type: 'line', data: trend.map(function (t) { return t.pei; }) });
        }
        if (trend[0].gap !== undefined) {
          series.push({ name: labels.gap, type: 'bar', yAxisIndex: 0, data: trend.map(function (t) { return t.gap; }) });
        }
        return {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
          xAxis: C.fitCategories(element, trend.length, { type: 'category', data: trend.map(function (t) { return t.quarter; }) }),
          yAxis: { type: 'value', min: 0, max: 100, name: labels.score },
          series: series
        };
      });
    }
  });
})();
