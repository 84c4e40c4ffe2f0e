// Survey charts: each criterion's partner mean inside its 95% interval, and the perception gap as a
// dumbbell from the channel team's belief to what partners said. A transparent bar carries each
// segment to its start, so the segments need no custom drawing code.
(function () {
  'use strict';

  function segments(rows, points, colour) {
    var labels = rows.map(function (r) { return r.label; });
    var series = [
      { type: 'bar', stack: 'range', silent: true, itemStyle: { color: 'transparent' },
        data: rows.map(function (r) { return r.low; }) },
      { type: 'bar', stack: 'range', barWidth: 6, itemStyle: { color: colour },
        data: rows.map(function (r) { return +(r.high - r.low).toFixed(2); }) }
    ];
    points.forEach(function (p) {
      series.push({ type: 'scatter', name: p.name, symbolSize: 12, itemStyle: { color: p.colour },
        data: rows.map(function (r, i) { return [r[p.key], i]; }) });
    });
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
      legend: { data: points.map(function (p) { return p.name; }) },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', min: 0, max: 10 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 260, overflow: 'truncate' } },
      series: series
    };
  }

  function draw() {
    var intervals = RapportCharts.data('voice-intervals');
    if (intervals && intervals.length) {
      RapportCharts.draw('criteria-chart', function () {
        return segments(intervals, [{ key: 'value', name: document.documentElement.lang === 'pl' ? 'Średnia' : 'Mean',
          colour: '#0d6efd' }], '#9ec5fe');
      });
    }
    var gaps = RapportCharts.data('voice-gaps');
    if (gaps && gaps.length) {
      var pl = document.documentElement.lang === 'pl';
      RapportCharts.draw('gap-chart', function () {
        return segments(gaps, [
          { key: 'self', name: pl ? 'Zespół kanału' : 'Channel team', colour: '#dc3545' },
          { key: 'value', name: pl ? 'Partnerzy' : 'Partners', colour: '#198754' }], '#ced4da');
      });
    }
  }

  // Level against change over a year: champions up and right, stragglers down and left.
  function matrix() {
    var rows = RapportCharts.data('voice-matrix');
    if (!rows || !rows.length) {
      return;
    }
    var median = rows.map(function (r) { return r.level; }).sort(function (a, b) { return a - b; });
    var middle = (median[Math.floor((median.length - 1) / 2)] + median[Math.floor(median.length / 2)]) / 2;
    RapportCharts.draw('standings-matrix', function () {
      return {
        grid: { left: 48, right: 140, top: 24, bottom: 40 },
        tooltip: { formatter: function (p) { return Rapport.escapeHtml(p.data[2]) + ': ' + p.data[0] + ' (' + p.data[1] + ')'; } },
        xAxis: { type: 'value', name: document.documentElement.lang === 'pl' ? 'Ocena' : 'Overall', nameLocation: 'middle',
          nameGap: 26, scale: true },
        yAxis: { type: 'value', name: document.documentElement.lang === 'pl' ? 'Zmiana w rok' : 'Change in a year' },
        // A label is drawn as SVG text, never parsed as HTML: it takes the name as it is.
        series: [{ type: 'scatter', symbolSize: 14, label: { show: true, position: 'right', formatter: function (p) { return p.data[2]; } },
          data: rows.map(function (r) { return [r.level, r.change, r.name]; }),
          markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#adb5bd' },
            data: [{ xAxis: middle }, { yAxis: 0 }] } }]
      };
    });
  }

  // A vendor's voice across its waves: NPS on the left axis (−100 to 100), the rating and the
  // perception gap on the right (points of 0–10), each number written as the tables write it.
  function trend() {
    var rows = RapportCharts.data('voice-trend');
    if (!rows || !rows.length) {
      return;
    }
    var pl = document.documentElement.lang === 'pl';
    var whole = new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumFractionDigits: 0 });
    var two = new Intl.NumberFormat(document.documentElement.lang || 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    function values(key) { return rows.map(function (r) { return r[key] === null || r[key] === undefined ? null : r[key]; }); }
    RapportCharts.draw('trend-chart', function () {
      return {
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: rows.map(function (r) { return r.label; }),
          axisLabel: { width: 120, overflow: 'truncate', interval: 0 } },
        yAxis: [
          { type: 'value', name: 'NPS', min: -100, max: 100, axisLabel: { formatter: function (v) { return whole.format(v); } } },
          { type: 'value', name: pl ? 'Ocena i luka' : 'Rating and gap', min: -10, max: 10,
            axisLabel: { formatter: function (v) { return whole.format(v); } } }
        ],
        series: [
          { type: 'line', name: 'NPS', yAxisIndex: 0, connectNulls: true, data: values('nps'),
            tooltip: { valueFormatter: function (v) { return v === null ? '—' : whole.format(v); } } },
          { type: 'line', name: pl ? 'Ocena' : 'Rating', yAxisIndex: 1, connectNulls: true, data: values('rating'),
            tooltip: { valueFormatter: function (v) { return v === null ? '—' : two.format(v); } } },
          { type: 'bar', name: pl ? 'Luka percepcji' : 'Perception gap', yAxisIndex: 1, barMaxWidth: 24, data: values('gap'),
            itemStyle: { color: '#dc3545' },
            tooltip: { valueFormatter: function (v) { return v === null ? '—' : two.format(v); } } }
        ]
      };
    });
  }

  // A vendor's overall rating inside its 95% interval, per vendor of a wave: overlapping intervals are ties.
  function standings() {
    var rows = RapportCharts.data('voice-standing-intervals');
    if (!rows || !rows.length) {
      return;
    }
    RapportCharts.draw('standings-intervals', function () {
      return segments(rows, [{ key: 'value', name: document.documentElement.lang === 'pl' ? 'Ocena' : 'Overall',
        colour: '#0d6efd' }], '#9ec5fe');
    });
  }

  function all() {
    draw();
    matrix();
    trend();
    standings();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', all);
  } else {
    all();
  }
})();
