// Each vendor card's small VEI trend on the partner's home; the number above it is the latest.
(function () {
  'use strict';
  var C = window.RapportCharts;

  C.ready(function () {
    (C.data('vendor-trends') || []).forEach(function (vendor) {
      var id = 'spark-' + vendor.id;
      if (!vendor.trend || vendor.trend.length < 2 || !document.getElementById(id)) {
        return;
      }
      C.draw(id, function () {
        return {
          grid: { left: 2, right: 2, top: 4, bottom: 4 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', show: false, data: vendor.trend.map(function (v, i) { return i + 1; }) },
          yAxis: { type: 'value', show: false, min: 0, max: 100 },
          series: [{ type: 'line', data: vendor.trend, showSymbol: false, areaStyle: { opacity: 0.15 } }]
        };
      });
    });
  });
})();
