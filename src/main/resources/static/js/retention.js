// The retention panel: P(alive) at the end of each 13-week period, and what the model expected over
// the next 13 weeks against the selling days that came. Loaded by htmx, so it runs at once.
(function () {
  'use strict';
  var C = window.RapportCharts;
  var points = C.data('retention-history');
  var labels = C.data('retention-labels') || {};
  if (!points || !points.length) {
    return;
  }
  C.draw('chart-retention', function () {
    return {
      grid: { left: 40, right: 48, top: 32, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { data: [labels.pAlive, labels.expected, labels.actual] },
      xAxis: { type: 'category', data: points.map(function (p) { return p.asOf; }) },
      yAxis: [{ type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
        { type: 'value', min: 0 }],
      series: [
        { name: labels.pAlive, type: 'line', data: points.map(function (p) { return p.pAlive; }), itemStyle: { color: '#1d3557' } },
        { name: labels.expected, type: 'bar', yAxisIndex: 1, itemStyle: { color: '#a8dadc' },
          data: points.map(function (p) { return p.expectedNextQuarter === null ? null : Math.round(p.expectedNextQuarter * 10) / 10; }) },
        { name: labels.actual, type: 'bar', yAxisIndex: 1, itemStyle: { color: '#e76f51' },
          data: points.map(function (p) { return p.actualNextQuarter; }) }
      ]
    };
  });
})();
