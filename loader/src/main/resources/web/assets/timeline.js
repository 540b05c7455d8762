// /viz/timeline: one bar per agreement (entry into force to end, open-ended while in force; a
// signed agreement that never entered into force hatched, from its signature), a state's
// withdrawals, suspensions and revocations as markers (one per state), other events as dots, and
// the US–Russia treaties in force on the "as of" day highlighted. The data come from one named
// query (agreement-timeline), the highlight from us-russia-treaties-in-force; both URLs are shown
// under the chart. window.KGTimeline exposes the chart and what it draws, for tests.
(function () {
  "use strict";
  var DATA = "agreement-timeline";
  var AS_OF = "us-russia-treaties-in-force";
  var DAY = 86400000;
  var COLOR = {
    inForce: "#1f5fa8", ended: "#9aa7bd", neverInForce: "#7a8499", highlight: "#e0a100",
    withdrawal: "#b3261e", suspension: "#d97706", revocation: "#7c3aed", event: "#334155"
  };
  var T = JSON.parse(document.getElementById("viz-text").textContent);
  var box = document.getElementById("timeline-chart");
  var detail = document.getElementById("timeline-detail");
  var asOf = document.getElementById("as-of");
  var summary = document.getElementById("as-of-summary");
  var list = document.getElementById("timeline-bars");

  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var bars = [];          // one per agreement, in drawing order (top to bottom)
  var marks = [];         // one per event, or per event and state for a state's own act
  var highlighted = null; // treaty IRI → true, for the "as of" day
  var highlightDay = null;
  var asOfRequest = 0;
  var chart = null;
  var hatch = null;

  var esc = KG.esc, day = KG.day, iso = KG.iso;

  function absolute(url) {
    return new URL(url, window.location.href).href;
  }

  function showFeed(id, url) {
    var a = document.getElementById(id);
    a.href = url;
    a.textContent = absolute(url);
  }

  // Rows (one per event and state) → agreements with their events.
  function model(rows) {
    var byTreaty = {};
    var agreements = [];
    rows.forEach(function (r) {
      var a = byTreaty[r.treaty];
      if (!a) {
        a = byTreaty[r.treaty] = {
          treaty: r.treaty, label: r.treatyLabel, status: r.status, statusLabel: r.statusLabel,
          inForceFrom: r.inForceFrom, inForceUntil: r.inForceUntil, signed: r.signed, events: {}, eventList: []
        };
        agreements.push(a);
      }
      if (!r.event) return;
      var e = a.events[r.event];
      if (!e) {
        e = a.events[r.event] = {
          event: r.event, label: r.eventLabel, type: r.eventType, typeLabel: r.eventTypeLabel, marker: r.marker,
          date: r.date, from: day(r.dateFrom), source: r.source, sourceTitle: r.sourceTitle, url: r.url,
          quote: r.quote, parties: []
        };
        a.eventList.push(e);
      }
      if (r.party) e.parties.push({ party: r.party, label: r.partyLabel });
    });
    agreements.forEach(function (a) {
      var days = a.eventList.map(function (e) { return e.from; });
      if (a.inForceFrom) {
        a.kind = a.inForceUntil ? "ended" : "inForce";
        a.start = day(a.inForceFrom);
        a.end = a.inForceUntil ? day(a.inForceUntil) : today;
      } else {
        // Never in force: from its signature; still open (the CTBT) to today, given up to its last event.
        a.kind = "neverInForce";
        a.start = a.signed ? day(a.signed) : Math.min.apply(null, days);
        a.end = /NotYetInForce$/.test(a.status || "") ? today : Math.max(Math.max.apply(null, days), a.start + DAY);
      }
    });
    agreements.sort(function (x, y) { return x.start - y.start || String(x.label).localeCompare(String(y.label)); });
    return agreements;
  }

  function buildMarks() {
    var out = [];
    bars.forEach(function (a, row) {
      a.eventList.forEach(function (e) {
        if (e.marker && e.parties.length > 0) {
          e.parties.forEach(function (p, k) {
            out.push({ row: row, agreement: a, event: e, party: p, slot: k, slots: e.parties.length });
          });
        } else {
          out.push({ row: row, agreement: a, event: e, party: null, slot: 0, slots: 1 });
        }
      });
    });
    return out;
  }

  function hatchPattern() {
    var c = document.createElement("canvas");
    c.width = 6;
    c.height = 6;
    var g = c.getContext("2d");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, 6, 6);
    g.strokeStyle = "#9aa3b5";
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(0, 6);
    g.lineTo(6, 0);
    g.stroke();
    return { image: c, repeat: "repeat" };
  }

  function barItem(a, row) {
    var on = highlighted !== null && highlighted[a.treaty] === true;
    return {
      name: a.label, value: [row, a.start, a.end], treaty: a.treaty, kind: a.kind,
      start: iso(a.start), end: iso(a.end), open: a.kind !== "ended" && !(a.kind === "neverInForce" && !/NotYetInForce$/.test(a.status || "")),
      highlighted: on
    };
  }

  function markItem(m) {
    return {
      name: m.event.label, value: [m.row, m.event.from, m.slot, m.slots], event: m.event.event,
      marker: m.event.marker || "event", party: m.party ? m.party.party : null
    };
  }

  function renderBar(params, api) {
    var a = bars[params.dataIndex];
    var from = api.coord([api.value(1), api.value(0)]);
    var to = api.coord([api.value(2), api.value(0)]);
    var h = api.size([0, 1])[1] * 0.55;
    var shape = echarts.graphic.clipRectByRect(
      { x: from[0], y: from[1] - h / 2, width: Math.max(to[0] - from[0], 2), height: h },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    if (!shape) return null;
    var on = highlighted !== null && highlighted[a.treaty] === true;
    var dim = highlighted !== null && !on;
    var style = a.kind === "neverInForce"
      ? { fill: hatch, stroke: COLOR.neverInForce, lineWidth: 1, lineDash: [4, 3] }
      : { fill: COLOR[a.kind], stroke: COLOR[a.kind], lineWidth: 1 };
    if (on) {
      style.stroke = COLOR.highlight;
      style.lineWidth = 3;
      style.lineDash = null;
    }
    style.opacity = dim ? 0.35 : 1;
    return { type: "rect", shape: shape, style: style };
  }

  function renderMark(params, api) {
    var m = marks[params.dataIndex];
    var p = api.coord([api.value(1), api.value(0)]);
    var x = p[0];
    var y = p[1] + (api.value(2) - (api.value(3) - 1) / 2) * 7;
    var kind = m.event.marker;
    var color = COLOR[kind] || COLOR.event;
    var style = { fill: color, stroke: "#ffffff", lineWidth: 1, opacity: highlighted !== null && !highlighted[m.agreement.treaty] ? 0.45 : 1 };
    if (kind === "withdrawal") return { type: "polygon", shape: { points: [[x, y - 6], [x - 5.5, y + 4.5], [x + 5.5, y + 4.5]] }, style: style };
    if (kind === "suspension") return { type: "polygon", shape: { points: [[x, y - 6], [x + 5, y], [x, y + 6], [x - 5, y]] }, style: style };
    if (kind === "revocation") return { type: "rect", shape: { x: x - 4.5, y: y - 4.5, width: 9, height: 9 }, style: style };
    return { type: "circle", shape: { cx: x, cy: y, r: 3.2 }, style: style };
  }

  function row(label, value) {
    return value == null || value === "" ? "" : "<div><b>" + esc(label) + ":</b> " + esc(value) + "</div>";
  }

  // What a bar or mark says, as HTML; links only where it can be clicked (the detail panel).
  function describe(data, clickable) {
    if (!data) return "";
    if (data.treaty && !data.event) {
      var a = bars[data.value[0]];
      var link = clickable && KG.pageOf(a.treaty) ? "<a href=\"" + esc(KG.pageOf(a.treaty)) + "\">" + esc(a.label) + "</a>" : esc(a.label);
      return "<div><b>" + link + "</b></div>" + row(T.status, a.statusLabel)
        + (a.kind === "neverInForce" ? row(T.signed, a.signed) : row(T.from, a.inForceFrom) + row(T.until, a.inForceUntil || T.open));
    }
    var m = findMark(data);
    if (!m) return "";
    var e = m.event;
    var source = e.sourceTitle || e.source;
    var sourceHtml = clickable && e.url ? "<a href=\"" + esc(e.url) + "\" rel=\"noopener\">" + esc(source) + "</a>" : esc(source);
    var states = m.party ? m.party.label : e.parties.map(function (p) { return p.label; }).join(", ");
    return "<div class=\"kg-event\"><b>" + esc(e.label) + "</b></div>" + row(T.date, e.date) + row(T.type, e.typeLabel)
      + row(T.party, states) + (source ? "<div><b>" + esc(T.source) + ":</b> " + sourceHtml + "</div>" : "")
      + (e.quote ? "<div><b>" + esc(T.quote) + ":</b><blockquote class=\"kg-quote\">" + esc(e.quote) + "</blockquote></div>" : "");
  }

  function findMark(data) {
    for (var i = 0; i < marks.length; i++) {
      if (marks[i].event.event === data.event && (marks[i].party ? marks[i].party.party : null) === data.party) return marks[i];
    }
    return null;
  }

  function option() {
    var min = Math.min.apply(null, bars.map(function (a) { return a.start; }));
    return {
      animation: false,
      grid: { left: 260, right: 30, top: 30, bottom: 40 },
      tooltip: {
        trigger: "item", confine: true, className: "kg-tooltip", extraCssText: "max-width: 28rem; white-space: normal;",
        formatter: function (p) { return describe(p.data, false); }
      },
      xAxis: { type: "time", min: min - 365 * DAY, max: today + 365 * DAY, splitLine: { show: true, lineStyle: { color: "#eef0f4" } } },
      yAxis: {
        type: "category", inverse: true, data: bars.map(function (a) { return a.label; }),
        axisLabel: { width: 245, overflow: "truncate", fontSize: 11 }, axisTick: { show: false }
      },
      series: [
        {
          id: "bars", name: "bars", type: "custom", renderItem: renderBar, encode: { x: [1, 2], y: 0 },
          data: bars.map(barItem),
          markLine: highlightDay === null ? { data: [] } : {
            silent: true, symbol: "none", label: { formatter: highlightDay },
            lineStyle: { color: COLOR.highlight, width: 2, type: "solid" }, data: [{ xAxis: day(highlightDay) }]
          }
        },
        { id: "marks", name: "marks", type: "custom", renderItem: renderMark, encode: { x: 1, y: 0 }, z: 3, data: marks.map(markItem) }
      ]
    };
  }

  function fillList() {
    list.textContent = "";
    bars.forEach(function (a) {
      var li = document.createElement("li");
      li.setAttribute("data-treaty", a.treaty);
      li.setAttribute("data-kind", a.kind);
      li.setAttribute("data-start", iso(a.start));
      li.setAttribute("data-end", iso(a.end));
      li.setAttribute("data-highlighted", String(highlighted !== null && highlighted[a.treaty] === true));
      li.textContent = a.label + ": " + iso(a.start) + " – " + (a.kind === "inForce" ? T.open : iso(a.end)) + " (" + a.statusLabel + ")";
      list.appendChild(li);
    });
  }

  function draw() {
    chart.setOption(option(), { replaceMerge: ["series"] });
    fillList();
  }

  function failed(error) {
    if (chart) chart.hideLoading();
    box.setAttribute("data-state", "error");
    if (chart) { chart.dispose(); chart = null; }
    box.textContent = T.error + " " + error.message;
    box.classList.add("error");
  }

  function applyAsOf() {
    var d = asOf.value;
    if (!d || bars.length === 0) return;
    var mine = ++asOfRequest;
    box.setAttribute("data-as-of-state", "loading");
    showFeed("feed-as-of", KG.feedUrl(AS_OF, { date: d }));
    KG.namedQuery(AS_OF, { date: d }).then(function (rows) {
      if (mine !== asOfRequest || !chart) return;
      highlighted = {};
      rows.forEach(function (r) { highlighted[r.treaty] = true; });
      highlightDay = d;
      summary.textContent = T.asOfSummary.replace("{n}", String(rows.length)).replace("{date}", d);
      draw();
      box.setAttribute("data-as-of", d);
      box.setAttribute("data-as-of-state", "ready");
    }).catch(failed);
  }

  chart = echarts.init(box);
  chart.showLoading({ text: T.loading });
  hatch = hatchPattern();
  showFeed("feed-timeline", KG.feedUrl(DATA, {}));
  if (!asOf.value) asOf.value = iso(today);
  asOf.addEventListener("change", applyAsOf);

  KG.namedQuery(DATA, {}).then(function (rows) {
    bars = model(rows);
    marks = buildMarks();
    box.style.height = Math.max(360, bars.length * 26 + 80) + "px";
    chart.resize();
    chart.hideLoading();
    draw();
    chart.on("click", function (p) { detail.innerHTML = describe(p.data, true); });
    box.setAttribute("data-state", "ready");
    applyAsOf();
  }).catch(failed);

  window.addEventListener("resize", function () { if (chart) chart.resize(); });
  window.KGTimeline = {
    chart: function () { return chart; },
    bars: function () { return bars.map(barItem); },
    marks: function () { return marks.map(markItem); },
    describe: function (seriesId, index) { return describe(seriesId === "bars" ? barItem(bars[index], index) : markItem(marks[index]), false); }
  };
})();
