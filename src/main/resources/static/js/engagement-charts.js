// Shared by the engagement pages: reading the JSON a page embeds and drawing a chart once ECharts
// has loaded (tabs arrive through htmx, whose scripts load in no fixed order).
window.RapportCharts = (function () {
  'use strict';

  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function label(key) {
    var labels = data('engagement-labels') || {};
    return labels[key] || key;
  }

  function draw(id, optionFactory) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    if (typeof echarts === 'undefined') {
      setTimeout(function () { draw(id, optionFactory); }, 50);
      return;
    }
    var existing = echarts.getInstanceByDom(element);
    if (existing) {
      existing.dispose();
    }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(optionFactory());
    window.addEventListener('resize', function () { instance.resize(); });
  }

  return { data: data, label: label, draw: draw };
})();
