// The vendor homes' charts: the tier pyramid, the engagement trend by quarter and the executive's
// cascade; each table beside a chart holds the same numbers.
(function () {
  'use strict';
  var C = window.RapportCharts;

  function tiers() {
    var rows = C.data('tiers-data');
    if (!rows) {
      return;
    }
    rows = rows.slice().reverse();
    C.draw('chart-tiers', function () {
      return {
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 30, top: 10, bottom: 30, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map(function (t) { return t.tier; }),
          axisLabel: { width: 110, overflow: 'truncate' } },
        series: [{ type: 'bar', data: rows.map(function (t) { return t.partnerships; }), itemStyle: { color: '#1d3557' } }]
      };
    });
  }

  function trend() {
    var rows = C.data('trend-data');
    var element = document.getElementById('chart-trend');
    if (!rows || !element) {
      return;
    }
    var names = element.dataset;
    C.draw('chart-trend', function (box) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, rows.length, { type: 'category', data: rows.map(function (r) { return r.quarter; }) }),
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          { name: names.channelVei, type: 'line', data: rows.map(function (r) { return r.channelVei; }) },
          { name: names.peiMedian, type: 'line', data: rows.map(function (r) { return r.pei.median; }) },
          { name: names.veiMedian, type: 'line', data: rows.map(function (r) { return r.vei.median; }) }
        ]
      };
    });
  }

  function cascade() {
    var rows = C.data('cascade-data');
    var element = document.getElementById('chart-cascade');
    if (!rows || !element) {
      return;
    }
    var names = element.dataset;
    C.draw('chart-cascade', function (box) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, rows.length, { type: 'category', data: rows.map(function (r) { return r.quarter; }) }),
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: names.executive, type: 'bar', stack: 'touches', data: rows.map(function (r) { return r.executive; }) },
          { name: names.team, type: 'bar', stack: 'touches', data: rows.map(function (r) { return r.team; }) }
        ]
      };
    });
  }

  function gap() {
    var rows = C.data('gap-data');
    var element = document.getElementById('chart-gap');
    if (!rows || !element) {
      return;
    }
    var names = element.dataset;
    C.draw('chart-gap', function (box) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, rows.length, { type: 'category', data: rows.map(function (r) { return r.title; }) }),
        yAxis: { type: 'value' },
        series: [
          { name: names.gap, type: 'line', data: rows.map(function (r) { return r.gap; }) },
          { name: names.rating, type: 'line', data: rows.map(function (r) { return r.rating; }) }
        ]
      };
    });
  }

  C.ready(function () {
    tiers();
    trend();
    cascade();
    gap();
  });
})();
