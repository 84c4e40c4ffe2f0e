// The trends page's charts: PEI and VEI spread as box plots per quarter, the partners' voice per
// wave, concentration per fiscal year and support times per quarter. Each table below a chart
// holds the same numbers.
(function () {
  'use strict';
  var C = window.RapportCharts;

  function names(id) {
    var element = document.getElementById(id);
    return element ? element.dataset : null;
  }

  function spread(id, rows, pick, channel) {
    var labels = names(id);
    if (!labels || !rows || !rows.length) {
      return;
    }
    C.draw(id, function (box) {
      var series = [{ name: labels.name, type: 'boxplot', data: rows.map(function (r) {
        var s = pick(r);
        return [s.min, s.lowerQuartile, s.median, s.upperQuartile, s.max];
      }) }];
      if (channel) {
        series.push({ name: labels.channel, type: 'line', data: rows.map(function (r) { return r.channelVei; }) });
      }
      return {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, rows.length, { type: 'category', data: rows.map(function (r) { return r.quarter; }) }),
        yAxis: { type: 'value', min: 0, max: 100 },
        series: series
      };
    });
  }

  function lines(id, rows, category, fields, axis) {
    var labels = names(id);
    if (!labels || !rows || !rows.length) {
      return;
    }
    C.draw(id, function (box) {
      return {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
        xAxis: C.fitCategories(box, rows.length, { type: 'category', data: rows.map(category) }),
        yAxis: axis || { type: 'value' },
        series: fields.map(function (f) {
          return { name: labels[f.label], type: f.type || 'line', data: rows.map(f.value) };
        })
      };
    });
  }

  C.ready(function () {
    var engagement = C.data('trends-engagement');
    spread('chart-pei-spread', engagement, function (r) { return r.pei; }, false);
    spread('chart-vei-spread', engagement, function (r) { return r.vei; }, true);
    lines('chart-voice', C.data('trends-waves'), function (w) { return w.title; }, [
      { label: 'nps', value: function (w) { return w.nps; } },
      { label: 'rating', value: function (w) { return w.rating; } },
      { label: 'gap', value: function (w) { return w.gap; } }
    ]);
    lines('chart-concentration', C.data('trends-years'), function (y) { return String(y.fiscalYear); }, [
      { label: 'gini', type: 'bar', value: function (y) { return y.concentration.gini; } },
      { label: 'top', type: 'bar', value: function (y) { return y.concentration.top20Share; } }
    ], { type: 'value', min: 0, max: 1 });
    lines('chart-support', C.data('trends-support'), function (q) { return q.quarter; }, [
      { label: 'first', value: function (q) { return q.firstResponseHours; } },
      { label: 'resolution', value: function (q) { return q.resolutionHours; } }
    ]);
  });
})();
