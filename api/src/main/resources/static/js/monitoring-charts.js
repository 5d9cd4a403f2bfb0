/*
 * Monitoring charts (Chart.js): each <figure data-chart> is drawn from the accessible table named in
 * data-chart-table, using the machine values in its cells' data-value attributes. A hidden count ("<5") is drawn
 * as 0 and its tooltip says "< 5": the page never holds its real value. Without Chart.js the tables remain.
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
    if (text.charAt(0) === '<') {
      return { value: 0, hidden: true };
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
          legend: { display: !single, labels: { usePointStyle: true } },
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
      }
    });
  }

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
