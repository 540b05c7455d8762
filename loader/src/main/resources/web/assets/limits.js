// /viz/limits: New START's limits as lines over the treaty's life (entry into force to end),
// each party's declared numbers as lines of points (coloured as the limit they count against),
// and the warhead estimates as points; every point's tooltip gives its source and as-of date.
// All from one named query (limits-and-numbers), whose URL is shown under the chart.
// window.KGLimits exposes the chart and its series, for tests.
(function () {
  "use strict";
  var DATA = "limits-and-numbers";
  var TREATY = "new-start";
  var LIMIT_COLORS = ["#1f5fa8", "#b3261e", "#2e7d32", "#6a1b9a", "#ef6c00"];
  var ESTIMATE_COLORS = ["#5d6b82", "#8d6e63", "#00838f", "#9e9d24", "#ad1457", "#455a64"];
  var PARTY_SYMBOLS = ["circle", "triangle", "rect", "diamond", "pin"];
  var T = JSON.parse(document.getElementById("viz-text").textContent);
  var box = document.getElementById("limits-chart");
  var detail = document.getElementById("limits-detail");
  var list = document.getElementById("limits-points");
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var chart = echarts.init(box);
  var series = []; // {id, kind, name, points: [{x, value, row}]}

  var esc = KG.esc, day = KG.day, iso = KG.iso;

  function showFeed(id, url) {
    var a = document.getElementById(id);
    a.href = url;
    a.textContent = new URL(url, window.location.href).href;
  }

  function slug(iri) {
    return String(iri).substring(String(iri).lastIndexOf("/") + 1);
  }

  // The rows → series: one per limit, per party and limit declared against, per party, category and estimator.
  function build(rows) {
    var byId = {};
    var limitColor = {};
    var partySymbol = {};
    var estimateColor = {};
    function get(id, make) {
      if (!byId[id]) {
        byId[id] = make();
        byId[id].id = id;
        byId[id].points = [];
        series.push(byId[id]);
      }
      return byId[id];
    }
    rows.forEach(function (r) {
      if (r.kind === "limit" && !(r.limit in limitColor)) limitColor[r.limit] = LIMIT_COLORS[Object.keys(limitColor).length % LIMIT_COLORS.length];
    });
    rows.forEach(function (r) {
      if (r.party && !(r.party in partySymbol)) partySymbol[r.party] = PARTY_SYMBOLS[Object.keys(partySymbol).length % PARTY_SYMBOLS.length];
      if (r.kind === "limit") {
        var s = get("limit|" + r.limit, function () {
          return { kind: "limit", name: r.limitLabel + " (" + r.value + ")", color: limitColor[r.limit], symbol: "none" };
        });
        s.points.push({ x: day(r.dateFrom), value: r.value, row: r });
        s.points.push({ x: r.dateUntil ? day(r.dateUntil) : today, value: r.value, row: r });
      } else if (r.kind === "declared") {
        var key = r.limit || r.category;
        get("declared|" + r.party + "|" + key, function () {
          return { kind: "declared", name: r.partyLabel + ": " + r.categoryLabel + " (" + T.declared + ")",
            color: limitColor[r.limit] || "#333", symbol: partySymbol[r.party] };
        }).points.push({ x: day(r.dateFrom), value: r.value, row: r });
      } else if (r.kind === "estimate") {
        var ckey = r.category + "|" + r.estimatedBy;
        if (!(ckey in estimateColor)) estimateColor[ckey] = ESTIMATE_COLORS[Object.keys(estimateColor).length % ESTIMATE_COLORS.length];
        get("estimate|" + r.party + "|" + r.category + "|" + r.estimatedBy, function () {
          return { kind: "estimate", name: r.partyLabel + ": " + r.categoryLabel + " (" + T.estimate + ", " + r.estimatedByLabel + ")",
            color: estimateColor[ckey], symbol: partySymbol[r.party] };
        }).points.push({ x: day(r.dateFrom), value: r.value, row: r });
      }
    });
    series.forEach(function (s) { s.points.sort(function (a, b) { return a.x - b.x; }); });
  }

  function sources(r, clickable) {
    var iris = String(r.source || "").split(" ").filter(Boolean);
    var urls = String(r.url || "").split(" ").filter(Boolean);
    return iris.map(function (iri, i) {
      var u = urls[i];
      return clickable && u ? "<a href=\"" + esc(u) + "\" rel=\"noopener\">" + esc(slug(iri)) + "</a>" : esc(slug(iri)) + (u ? " (" + esc(u) + ")" : "");
    }).join("<br>");
  }

  function describe(s, r, clickable) {
    var head = "<div><b>" + esc(s.name) + "</b></div><div><b>" + esc(T.value) + ":</b> " + esc(r.value) + "</div>";
    var when = r.kind === "limit"
      ? "<div><b>" + esc(T.from) + ":</b> " + esc(r.date) + "</div><div><b>" + esc(T.until) + ":</b> " + esc(r.dateUntil || T.open) + "</div>"
      : "<div><b>" + esc(T.asOf) + ":</b> " + esc(r.date) + "</div>";
    var by = r.kind === "estimate" ? "<div><b>" + esc(T.by) + ":</b> " + esc(r.estimatedByLabel) + "</div>" : "";
    return head + when + by + "<div class=\"kg-source\"><b>" + esc(T.source) + ":</b> " + sources(r, clickable) + "</div>";
  }

  function option() {
    var xs = [];
    series.forEach(function (s) { s.points.forEach(function (p) { xs.push(p.x); }); });
    return {
      animation: false,
      color: series.map(function (s) { return s.color; }),
      legend: { type: "scroll", top: 0, left: 10, right: 10 },
      grid: { left: 60, right: 60, top: 60, bottom: 40 },
      tooltip: {
        trigger: "item", confine: true, className: "kg-tooltip", extraCssText: "max-width: 28rem; white-space: normal;",
        formatter: function (p) {
          var s = series[p.seriesIndex];
          return describe(s, s.points[p.dataIndex].row, false);
        }
      },
      xAxis: { type: "time", name: T.axisDate, min: Math.min.apply(null, xs) - 365 * 86400000, max: Math.max.apply(null, xs) + 365 * 86400000 },
      yAxis: { type: "value", name: T.axisValue, min: 0 },
      series: series.map(function (s) {
        return {
          id: s.id, name: s.name, type: s.kind === "estimate" ? "scatter" : "line",
          symbol: s.kind === "limit" ? "none" : s.symbol, symbolSize: s.kind === "estimate" ? 11 : 8, showSymbol: s.kind !== "limit",
          itemStyle: { color: s.color },
          lineStyle: s.kind === "limit" ? { width: 2.5, type: "dashed", color: s.color } : { width: 1.5, color: s.color },
          endLabel: s.kind === "limit" ? { show: true, formatter: String(s.points[0].value), color: s.color } : undefined,
          data: s.points.map(function (p) { return [p.x, p.value]; })
        };
      })
    };
  }

  function fillList() {
    list.textContent = "";
    series.forEach(function (s) {
      s.points.forEach(function (p) {
        var li = document.createElement("li");
        li.setAttribute("data-series", s.id);
        li.setAttribute("data-kind", s.kind);
        li.setAttribute("data-date", iso(p.x));
        li.setAttribute("data-value", String(p.value));
        li.textContent = s.name + ", " + iso(p.x) + ": " + p.value;
        list.appendChild(li);
      });
    });
  }

  chart.showLoading({ text: T.loading });
  var url = KG.feedUrl(DATA, { treaty: TREATY });
  showFeed("feed-limits", url);
  KG.namedQuery(DATA, { treaty: TREATY }).then(function (rows) {
    build(rows);
    chart.hideLoading();
    chart.setOption(option());
    fillList();
    chart.on("click", function (p) {
      var s = series[p.seriesIndex];
      if (s) detail.innerHTML = describe(s, s.points[p.dataIndex].row, true);
    });
    box.setAttribute("data-state", "ready");
  }).catch(function (error) {
    chart.dispose();
    box.setAttribute("data-state", "error");
    box.classList.add("error");
    box.textContent = T.error + " " + error.message;
  });

  window.addEventListener("resize", function () { chart.resize(); });
  window.KGLimits = {
    chart: function () { return chart; },
    series: function () {
      return series.map(function (s) {
        return { id: s.id, kind: s.kind, name: s.name, points: s.points.map(function (p) { return [iso(p.x), p.value]; }) };
      });
    },
    describe: function (seriesIndex, dataIndex) {
      var s = series[seriesIndex];
      return describe(s, s.points[dataIndex].row, false);
    }
  };
})();
