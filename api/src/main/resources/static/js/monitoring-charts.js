/*
 * Monitoring charts (Chart.js): each <figure data-chart> is drawn from the accessible table named in
 * data-chart-table, using the machine values in its cells' data-value attributes. A hidden figure ("<5", or
 * "verborgen" for an amount or average) is never drawn as 0: its value is null (no bar, a gap in a line), and a
 * hatched column marked with the cell's text ("< 5") stands in its place; the legend says what the hatching means.
 * The page never holds a hidden figure's real value. Without Chart.js the tables remain.
 */
(function () {
  'use strict';

  // Okabe-Ito: distinguishable with colour blindness; lines also differ in point style and dash.
  var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
  var POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'cross'];
  var DASHES = [[], [6, 4], [2, 3], [8, 3, 2, 3], [], []];

  function number(text) {
    if (text === null || text === undefined || text === '') {
      return { value: null, hidden: false };
    }
    if (text.charAt(0) === '<' || text === 'verborgen') {
      return { value: null, hidden: true };
    }
    var value = parseFloat(text);
    return { value: isNaN(value) ? null : value, hidden: false };
  }

  function indices(list, count) {
    if (!list) {
      var all = [];
      for (var i = 0; i < count; i++) {
        all.push(i);
      }
      return all;
    }
    return list.split(',').map(function (s) { return parseInt(s, 10); })
      .filter(function (i) { return !isNaN(i) && i >= 0 && i < count; });
  }

  function draw(figure) {
    var table = document.getElementById(figure.getAttribute('data-chart-table'));
    var canvas = figure.querySelector('canvas');
    if (!table || !canvas || !table.tHead || !table.tBodies.length) {
      return;
    }
    var type = figure.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var money = figure.getAttribute('data-chart-money') === 'true';
    var headers = table.tHead.rows[0].cells; // [empty, column 0, column 1, ...]
    var bodyRows = Array.prototype.slice.call(table.tBodies[0].rows)
      .filter(function (row) { return row.cells.length === headers.length; });
    var rows = indices(figure.getAttribute('data-chart-rows'), bodyRows.length).map(function (i) { return bodyRows[i]; });
    var columns = indices(figure.getAttribute('data-chart-columns'), headers.length - 1);
    if (!rows.length || !columns.length) {
      return;
    }
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var single = columns.length === 1;
    var datasets = columns.map(function (column, n) {
      var cells = rows.map(function (row) { return row.cells[column + 1]; });
      var parsed = cells.map(function (cell) { return number(cell.getAttribute('data-value')); });
      var colour = COLOURS[n % COLOURS.length];
      return {
        label: headers[column + 1].textContent.trim(),
        data: parsed.map(function (p) { return p.value; }),
        hiddenPoints: parsed.map(function (p) { return p.hidden; }),
        texts: cells.map(function (cell) { return cell.textContent.trim(); }),
        backgroundColor: type === 'bar' && single && money
          ? rows.map(function (row, i) { return COLOURS[i % COLOURS.length]; })
          : colour,
        borderColor: colour,
        borderWidth: type === 'line' ? 3 : 0,
        borderDash: type === 'line' ? DASHES[n % DASHES.length] : [],
        pointStyle: POINTS[n % POINTS.length],
        pointRadius: type === 'line' ? 5 : 0,
        spanGaps: false
      };
    });
    var format = new Intl.NumberFormat('nl-NL', money
      ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }
      : { maximumFractionDigits: 1 });
    var anyHidden = datasets.some(function (d) { return d.hiddenPoints.indexOf(true) >= 0; });
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        locale: 'nl-NL',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { beginAtZero: true, ticks: { precision: money ? undefined : 0, callback: function (v) { return format.format(v); } } }
        },
        plugins: {
          legend: {
            display: !single || anyHidden,
            labels: { usePointStyle: true, generateLabels: anyHidden ? legendWithHidden : undefined },
            onClick: function (event, item, legend) {
              if (item.datasetIndex !== undefined) {
                window.Chart.defaults.plugins.legend.onClick.call(this, event, item, legend);
              }
            }
          },
          tooltip: {
            callbacks: {
              // The Dutch text of the cell, so a hidden count reads "< 5" and an amount "€ 1.234,00".
              label: function (context) {
                var text = context.dataset.texts[context.dataIndex];
                return (single ? '' : context.dataset.label + ': ') + text;
              }
            }
          }
        }
      },
      plugins: [hiddenMarkers]
    });
  }

  var HIDDEN_LEGEND = 'Gearceerd: verborgen (< 5), niet 0';

  // A diagonal hatching in the given colour, for the columns that stand in for hidden figures.
  function hatch(colour) {
    var tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    var ctx = tile.getContext('2d');
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
    return ctx.createPattern(tile, 'repeat');
  }

  function legendWithHidden(chart) {
    var items = window.Chart.defaults.plugins.legend.labels.generateLabels(chart);
    if (chart.data.datasets.length === 1) {
      items = [];
    }
    items.push({
      text: HIDDEN_LEGEND,
      fillStyle: hatch('#444444'),
      strokeStyle: '#444444',
      lineWidth: 1,
      pointStyle: 'rect',
      hidden: false
    });
    return items;
  }

  // Draws a hatched column, labelled with the cell's text, where a dataset's figure is hidden.
  var hiddenMarkers = {
    id: 'naoberHiddenMarkers',
    afterDatasetsDraw: function (chart) {
      var area = chart.chartArea;
      var x = chart.scales.x;
      var count = chart.data.labels.length;
      var visible = chart.data.datasets.map(function (d, i) { return chart.isDatasetVisible(i); });
      var shown = visible.filter(Boolean).length;
      if (!count || !shown) {
        return;
      }
      var slot = (area.right - area.left) / count;
      var width = slot * 0.8 / shown;
      var ctx = chart.ctx;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      ctx.clip();
      var position = 0;
      chart.data.datasets.forEach(function (dataset, i) {
        if (!visible[i]) {
          return;
        }
        var n = position++;
        (dataset.hiddenPoints || []).forEach(function (hidden, j) {
          if (!hidden) {
            return;
          }
          var centre = x.getPixelForValue(j);
          var left = centre - slot * 0.4 + n * width;
          var top = area.top + 14 + (chart.config.type === 'line' ? n * 14 : 0);
          ctx.fillStyle = hatch(dataset.borderColor);
          ctx.fillRect(left, top, width, area.bottom - top);
          ctx.strokeStyle = dataset.borderColor;
          ctx.lineWidth = 1;
          ctx.strokeRect(left, top, width, area.bottom - top);
          ctx.fillStyle = window.Chart.defaults.color;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(dataset.texts[j], left + width / 2, top - 1);
        });
      });
      ctx.restore();
    }
  };

  function start() {
    if (typeof window.Chart === 'undefined') {
      return; // the tables carry the same numbers
    }
    var style = window.getComputedStyle(document.body);
    window.Chart.defaults.font.family = style.fontFamily;
    window.Chart.defaults.color = style.color;
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
