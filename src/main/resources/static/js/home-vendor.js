// The tier pyramid on the vendor's home page; the table beside it holds the same numbers.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('chart-tiers');
  var data = document.getElementById('tiers-data');
  if (!element || !data || typeof echarts === 'undefined') {
    return;
  }
  var tiers = JSON.parse(data.textContent).slice().reverse();
  var chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    tooltip: { trigger: 'axis' },
    grid: { left: 90, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: tiers.map(function (t) { return t.tier; }) },
    series: [{ type: 'bar', data: tiers.map(function (t) { return t.partnerships; }), itemStyle: { color: '#1d3557' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
