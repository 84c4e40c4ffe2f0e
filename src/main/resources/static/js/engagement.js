// The vendor's engagement dashboard: the quadrant scatter and the spread of PEI and VEI. The
// page lists the same numbers in tables beside the charts.
(function () {
  'use strict';
  var C = window.RapportCharts;
  var colours = { CHAMPION: '#2a9d8f', TRANSACTIONAL: '#e76f51', RISING: '#457b9d', DORMANT: '#adb5bd' };

  function histogram(values) {
    var bins = new Array(10).fill(0);
    values.forEach(function (v) { bins[Math.min(9, Math.floor(v / 10))]++; });
    return bins;
  }

  function draw() {
    var quadrant = C.data('engagement-quadrant');
    if (quadrant) {
      C.draw('chart-quadrant', function () {
        return {
          tooltip: { formatter: function (p) {
            return Rapport.escapeHtml(p.data[2]) + '<br>' + Rapport.escapeHtml(p.data[3]) + ': ' + p.data[0].toLocaleString() + ' / ' + p.data[1];
          } },
          legend: { top: 0 },
          grid: { left: 70, right: 20, top: 40, bottom: 50 },
          xAxis: { type: 'log', name: C.label('revenue') + ' (' + quadrant.currency + ')', nameLocation: 'middle', nameGap: 30, min: 1 },
          yAxis: { type: 'value', name: C.label('engagement'), min: 0, max: 100 },
          series: Object.keys(colours).map(function (name) {
            return {
              name: C.label(name), type: 'scatter', symbolSize: 7, itemStyle: { color: colours[name] },
              data: quadrant.points.filter(function (p) { return p.quadrant === name; }).map(function (p) {
                return [Math.max(1, Number(p.revenue.amount)), p.engagement, p.partnerName, p.tier];
              }),
              markLine: name === 'CHAMPION' ? { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#6c757d' },
                data: [{ xAxis: Math.max(1, Number(quadrant.revenueMedian.amount)) }, { yAxis: quadrant.engagementMedian }] } : undefined
            };
          })
        };
      });
    }
    var scores = C.data('engagement-scores');
    if (scores) {
      C.draw('chart-distribution', function () {
        return {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 50, right: 20, top: 40, bottom: 40 },
          xAxis: { type: 'category', name: C.label('score'), nameLocation: 'middle', nameGap: 28,
            data: ['0–10', '10–20', '20–30', '30–40', '40–50', '50–60', '60–70', '70–80', '80–90', '90–100'] },
          yAxis: { type: 'value', name: C.label('partnerships') },
          series: [
            { name: C.label('pei'), type: 'bar', data: histogram(scores.map(function (s) { return s[0]; })), itemStyle: { color: '#1d3557' } },
            { name: C.label('vei'), type: 'bar', data: histogram(scores.map(function (s) { return s[1]; })), itemStyle: { color: '#e9c46a' } }
          ]
        };
      });
    }
  }

  document.addEventListener('DOMContentLoaded', draw);
})();
