// The analyst's home: each vendor's rating in the latest wave with its 95% interval drawn as an
// interval (overlapping bars are ties), and the ratings across the hub's waves.
(function () {
  'use strict';
  var C = window.RapportCharts;

  function standings() {
    var rows = C.data('standings-data');
    var element = document.getElementById('chart-standings');
    if (!rows || !rows.length || !element) {
      return;
    }
    var names = element.dataset;
    rows = rows.slice().reverse();
    C.draw('chart-standings', function () {
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
          formatter: function (items) {
            var r = rows[items[0].dataIndex];
            return window.Rapport.escapeHtml(r.vendorName) + '<br>' + window.Rapport.escapeHtml(names.rating) + ': '
              + C.number(r.overall.value, 2) + '<br>' + window.Rapport.escapeHtml(names.interval) + ': '
              + C.number(r.overall.ciLow, 2) + ' – ' + C.number(r.overall.ciHigh, 2);
          } },
        grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
        xAxis: { type: 'value', min: 0, max: 10 },
        yAxis: { type: 'category', data: rows.map(function (r) { return r.vendorName; }),
          axisLabel: { width: 130, overflow: 'truncate' } },
        series: [
          { type: 'bar', stack: 'interval', silent: true, itemStyle: { color: 'transparent' },
            data: rows.map(function (r) { return r.overall.ciLow; }) },
          { name: names.interval, type: 'bar', stack: 'interval', itemStyle: { color: '#a8c5da' },
            data: rows.map(function (r) { return r.overall.ciHigh - r.overall.ciLow; }) },
          { name: names.rating, type: 'scatter', symbolSize: 10, itemStyle: { color: '#1d3557' },
            data: rows.map(function (r) { return r.overall.value; }) }
        ]
      };
    });
  }

  function waves() {
    var data = C.data('waves-data');
    if (!data || !document.getElementById('chart-waves')) {
      return;
    }
    C.draw('chart-waves', function (box) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0, type: 'scroll' },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, data.waves.length, { type: 'category', data: data.waves }),
        yAxis: { type: 'value', min: 0, max: 10 },
        series: data.vendors.map(function (v) {
          return { name: v.vendorName, type: 'line', connectNulls: false, data: v.ratings };
        })
      };
    });
  }

  C.ready(function () {
    standings();
    waves();
  });
})();
