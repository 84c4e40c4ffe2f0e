// A partnership's engagement tab: PEI and VEI gauges, their history and a waterfall of what each
// indicator contributes. Loaded into the partnership page by htmx, so it runs at once; the tables
// in the tab show every number too.
(function () {
  'use strict';
  var C = window.RapportCharts;
  var engagement = C.data('engagement-partnership');
  var history = C.data('engagement-history');
  if (!engagement) {
    return;
  }

  function gauge(id, name, score, colour) {
    C.draw(id, function () {
      return {
        series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true, width: 12, itemStyle: { color: colour } },
          axisLine: { lineStyle: { width: 12 } }, axisTick: { show: false }, splitLine: { show: false },
          axisLabel: { show: false }, pointer: { show: false },
          detail: { valueAnimation: false, formatter: '{value}', fontSize: 26, offsetCenter: [0, '0%'] },
          title: { offsetCenter: [0, '45%'] },
          data: [{ value: Math.round(score * 10) / 10, name: name }] }]
      };
    });
  }

  gauge('gauge-pei', C.label('pei'), engagement.pei.score, '#1d3557');
  gauge('gauge-vei', C.label('vei'), engagement.vei.score, '#e9c46a');

  if (history) {
    C.draw('chart-history', function () {
      return {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: history.map(function (h) { return h.quarter; }) },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          { name: C.label('pei'), type: 'line', data: history.map(function (h) { return Math.round(h.pei * 10) / 10; }), itemStyle: { color: '#1d3557' } },
          { name: C.label('vei'), type: 'line', data: history.map(function (h) { return Math.round(h.vei * 10) / 10; }), itemStyle: { color: '#e9c46a' } }
        ]
      };
    });
  }

  // A waterfall: each bar starts where the previous indicators' contributions ended.
  var parts = engagement.pei.indicators.map(function (i) { return [C.label('pei') + ' · ' + C.label(i.key), i.contribution]; })
    .concat(engagement.vei.indicators.map(function (i) { return [C.label('vei') + ' · ' + C.label(i.key), i.contribution]; }));
  C.draw('chart-waterfall', function () {
    var base = [];
    var running = 0;
    var peiCount = engagement.pei.indicators.length;
    parts.forEach(function (p, index) {
      if (index === peiCount) {
        running = 0;
      }
      base.push(Math.round(running * 100) / 100);
      running += p[1];
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (ps) { var p = ps[ps.length - 1]; return Rapport.escapeHtml(p.name) + ': +' + p.value; } },
      grid: { left: 260, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 100, name: C.label('contribution') },
      yAxis: { type: 'category', inverse: true, data: parts.map(function (p) { return p[0]; }) },
      series: [
        { type: 'bar', stack: 'w', itemStyle: { color: 'transparent' }, data: base, silent: true },
        { type: 'bar', stack: 'w', data: parts.map(function (p, index) {
          return { value: Math.round(p[1] * 100) / 100, itemStyle: { color: index < peiCount ? '#1d3557' : '#e9c46a' } };
        }) }
      ]
    };
  });
})();
