// The tier pyramid on the vendor's home page; the table beside it holds the same numbers.
(function () {
  'use strict';
  var C = window.RapportCharts;

  C.ready(function () {
    var tiers = C.data('tiers-data');
    if (!tiers) {
      return;
    }
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
  });
})();
