// The channel-wide page: each cadence norm met or missed (or, in the running quarter, on its way),
// quarter by quarter, as a heat map. The
// table under it shows the same.
(function () {
  'use strict';
  var C = window.RapportCharts;

  function draw() {
    var history = C.data('channel-history');
    var labels = C.data('engagement-labels') || {};
    if (!history || history.length === 0) {
      return;
    }
    var norms = history[history.length - 1].cadence.map(function (c) { return c.norm; });
    var cells = [];
    history.forEach(function (h, x) {
      h.cadence.forEach(function (c) { cells.push([x, norms.indexOf(c.norm), c.met ? 1 : (c.standing === 'ON_TRACK' || c.standing === 'BEHIND' ? 0.5 : 0)]); });
    });
    C.draw('chart-heatmap', function () {
      return {
        tooltip: { formatter: function (p) {
          return Rapport.escapeHtml(history[p.data[0]].quarter) + '<br>' + Rapport.escapeHtml(labels.norms[norms[p.data[1]]] || norms[p.data[1]])
            + ': ' + Rapport.escapeHtml(p.data[2] === 1 ? labels.met : p.data[2] === 0 ? labels.missed : labels.running);
        } },
        grid: { left: 260, right: 20, top: 10, bottom: 30 },
        xAxis: { type: 'category', data: history.map(function (h) { return h.quarter; }) },
        yAxis: { type: 'category', data: norms.map(function (n) { return labels.norms[n] || n; }) },
        visualMap: { show: false, min: 0, max: 1, inRange: { color: ['#e76f51', '#e9c46a', '#2a9d8f'] } },
        series: [{ type: 'heatmap', data: cells, itemStyle: { borderColor: '#fff', borderWidth: 2 } }]
      };
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
})();
