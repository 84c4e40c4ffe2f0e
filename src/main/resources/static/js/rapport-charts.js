// The one chart helper every page's charts use (no page copies ECharts setup). It reads the JSON a
// page embeds through rapport:json (the Content-Security-Policy runs no inline script), draws a
// chart once ECharts has loaded (htmx tabs load their scripts in no fixed order), keeps it sized to
// its box, and formats numbers as the page's tables do: Intl.NumberFormat in the page's language
// (<html lang>), so Polish charts read "1 234,5" like the Polish tables beside them.
window.RapportCharts = (function () {
  'use strict';

  var palette = ['#1d3557', '#e9c46a', '#2a9d8f', '#e76f51', '#457b9d', '#adb5bd', '#6a4c93', '#8ab17d'];
  var formats = {};
  var instances = [];

  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  // A page's labels live in one embedded object; engagement pages call theirs engagement-labels.
  function label(key, from) {
    var labels = data(from || 'engagement-labels') || {};
    return labels[key] || key;
  }

  function locale() {
    return document.documentElement.lang || 'en';
  }

  function formatter(digits, style) {
    var key = (style || 'decimal') + ':' + digits;
    if (!formats[key]) {
      formats[key] = new Intl.NumberFormat(locale(), { style: style || 'decimal',
        minimumFractionDigits: 0, maximumFractionDigits: digits });
    }
    return formats[key];
  }

  // A number as the tables write it; null and undefined are a dash.
  function number(value, digits) {
    if (value === null || value === undefined || value === '' || isNaN(Number(value))) {
      return '–';
    }
    return formatter(digits === undefined ? 1 : digits).format(Number(value));
  }

  // A share (0.25) as a percentage ("25%", "25 %" in Polish).
  function percent(value, digits) {
    if (value === null || value === undefined || isNaN(Number(value))) {
      return '–';
    }
    return formatter(digits === undefined ? 0 : digits, 'percent').format(Number(value));
  }

  // A large number made short for an axis: 1 200 000 as "1,2 mln" / "1.2M".
  function compact(value) {
    return new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 }).format(Number(value));
  }

  // A category axis whose labels fit the chart's width: rotated and shortened once they would
  // collide, never drawn over each other.
  function fitCategories(element, count, base) {
    var width = element ? element.clientWidth : 600;
    var room = count ? width / count : width;
    var axis = base || {};
    axis.axisLabel = Object.assign({ hideOverlap: true }, axis.axisLabel || {});
    if (room < 70) {
      axis.axisLabel.rotate = axis.axisLabel.rotate || 40;
      axis.axisLabel.width = axis.axisLabel.width || 90;
      axis.axisLabel.overflow = 'truncate';
    }
    return axis;
  }

  // The house look: palette, font, and every value axis and tooltip formatted in the page's locale.
  function theme(option) {
    option.color = option.color || palette;
    option.textStyle = Object.assign({ fontFamily: 'system-ui, sans-serif' }, option.textStyle || {});
    [].concat(option.yAxis || [], option.xAxis || []).forEach(function (axis) {
      if (axis && axis.type === 'value') {
        axis.axisLabel = axis.axisLabel || {};
        if (!axis.axisLabel.formatter) {
          axis.axisLabel.formatter = function (v) { return Math.abs(v) >= 10000 ? compact(v) : number(v, 2); };
        }
        axis.nameTextStyle = Object.assign({ overflow: 'truncate', width: 160 }, axis.nameTextStyle || {});
      }
    });
    if (option.tooltip && !option.tooltip.formatter && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = function (v) { return number(v, 2); };
    }
    return option;
  }

  function resizeAll() {
    instances = instances.filter(function (i) { return !i.isDisposed(); });
    instances.forEach(function (i) { i.resize(); });
  }

  // Draws the chart in element id from the option optionFactory returns, once ECharts is there.
  function draw(id, optionFactory) {
    var element = document.getElementById(id);
    if (!element) {
      return null;
    }
    if (typeof echarts === 'undefined') {
      setTimeout(function () { draw(id, optionFactory); }, 50);
      return null;
    }
    var existing = echarts.getInstanceByDom(element);
    if (existing) {
      existing.dispose();
    }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(theme(optionFactory(element)));
    instances.push(instance);
    return instance;
  }

  // Runs fn when the page is ready, or at once when htmx brought the script in later.
  function ready(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  window.addEventListener('resize', resizeAll);

  return { data: data, label: label, draw: draw, ready: ready, number: number, percent: percent, compact: compact,
    fitCategories: fitCategories, theme: theme, palette: palette, resize: resizeAll };
})();
