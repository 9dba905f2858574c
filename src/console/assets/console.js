// Draws the console's charts and the province map with Apache ECharts (served by the bot itself).
// Chart options come from the server as JSON in data-chart attributes; nothing here builds text.
(function () {
  "use strict";
  /* global window, document, fetch, echarts -- a browser script */
  var mapReady = null;
  function loadMap() {
    if (!mapReady) {
      mapReady = fetch("/console/assets/provinces-2026.geojson", { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (geo) { echarts.registerMap("vn34", geo); });
    }
    return mapReady;
  }
  function draw(el) {
    if (el.dataset.drawn) return;
    el.dataset.drawn = "1";
    var option = JSON.parse(el.dataset.chart);
    var isMap = el.dataset.kind === "map";
    var ready = isMap ? loadMap() : Promise.resolve();
    ready.then(function () {
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(option);
      var link = el.dataset.link;
      if (link) {
        chart.on("click", function (p) {
          if (p && p.name) window.location.href = link + encodeURIComponent(p.name);
        });
      }
      window.addEventListener("resize", function () { chart.resize(); });
      el.dataset.rendered = "1";
    }).catch(function () { el.dataset.rendered = "error"; });
  }
  function drawAll(root) {
    if (typeof echarts === "undefined") return;
    (root || document).querySelectorAll("[data-chart]").forEach(draw);
  }
  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  document.addEventListener("htmx:afterSwap", function (e) { drawAll(e.target); });
  // A confirm step for destructive buttons, without inline script (CSP).
  document.addEventListener("submit", function (e) {
    var msg = e.target && e.target.dataset && e.target.dataset.confirm;
    if (msg && !window.confirm(msg)) e.preventDefault();
  }, true);
})();
