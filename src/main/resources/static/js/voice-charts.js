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

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
