// vnpolicy web: enhancements only. Every page works without this script.
(function () {
  "use strict";

  // An indicator's table (data-chart) drawn as a chart above it: one line per series,
  // the years on the x axis. The table stays: it is the data and the fallback.
  function drawCharts() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("table[data-chart]").forEach(function (table) {
      var box = document.getElementById(table.getAttribute("data-chart"));
      if (!box) return;
      var seriesNames = [];
      table.querySelectorAll("thead th[data-series]").forEach(function (th) {
        seriesNames.push({ key: th.getAttribute("data-series"), label: th.textContent });
      });
      var years = [];
      var values = {};
      seriesNames.forEach(function (s) { values[s.key] = []; });
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        years.push(tr.getAttribute("data-year"));
        seriesNames.forEach(function (s) {
          var td = tr.querySelector('td[data-series="' + s.key + '"]');
          var v = td ? td.getAttribute("data-value") : null;
          values[s.key].push(v === null || v === "" ? null : Number(v));
        });
      });
      var colors = { target: "#17663a", actual: "#0b5cad", plan: "#8a4b00" };
      var canvas = document.createElement("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", table.getAttribute("data-title") || "chart");
      box.appendChild(canvas);
      var chart = new Chart(canvas, {
        type: "line",
        data: {
          labels: years,
          datasets: seriesNames.map(function (s) {
            return {
              label: s.label, data: values[s.key], spanGaps: true, tension: 0,
              borderColor: colors[s.key] || "#5b2d8c", backgroundColor: colors[s.key] || "#5b2d8c",
              borderDash: s.key === "target" ? [6, 4] : [], pointRadius: 4
            };
          })
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { position: "bottom", labels: { usePointStyle: true } } },
          // Values from zero, so a target and its result compare by length as well as by label;
          // the first and last years off the edges.
          scales: { x: { offset: true },
                    y: { beginAtZero: true, title: { display: !!table.getAttribute("data-unit"), text: table.getAttribute("data-unit") } } }
        }
      });
      // What the chart holds, readable from the DOM (tests, assistive tools).
      canvas.setAttribute("data-series", JSON.stringify(chart.data.datasets.map(function (d) {
        return { label: d.label, data: d.data };
      })));
      canvas.setAttribute("data-labels", JSON.stringify(chart.data.labels));
      box.classList.add("drawn");
    });
  }

  // Items: a click keeps the fields open (focus already shows them); Escape closes.
  function wireItems() {
    document.addEventListener("click", function (e) {
      var item = e.target.closest ? e.target.closest(".item") : null;
      document.querySelectorAll(".item.open").forEach(function (el) { if (el !== item) el.classList.remove("open"); });
      if (item && !e.target.closest(".info")) item.classList.toggle("open");
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") document.querySelectorAll(".item.open").forEach(function (el) { el.classList.remove("open"); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    wireItems();
  });
})();
