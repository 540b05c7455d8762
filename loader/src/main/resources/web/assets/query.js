// The query editor (/query): CodeMirror in SPARQL mode, the examples menu, Run (button or
// Ctrl-Enter) against the SPARQL endpoint, and the results as a table (IRIs prefixed, linked
// to their pages) or as an ECharts chart when the columns allow one. Everything it needs
// (endpoint, prefixes, examples, UI strings) is in the page's #query-data.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("query-data").textContent);
  var M = data.messages;
  var form = document.getElementById("query-form");
  var select = document.getElementById("example");
  var about = document.getElementById("example-about");
  var statusBox = document.getElementById("query-status");
  var views = document.getElementById("result-views");
  var tableBox = document.getElementById("result-table");
  var chartBox = document.getElementById("result-chart");
  var chartKind = document.getElementById("chart-kind");
  var viewTable = document.getElementById("view-table");
  var viewChart = document.getElementById("view-chart");
  var permalink = document.getElementById("permalink");
  var examples = {};
  data.examples.forEach(function (e) { examples[e.name] = e; });
  var current = null; // the last result: { vars, rows }
  var chart = null;

  var editor = CodeMirror.fromTextArea(document.getElementById("query-text"), {
    mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, indentUnit: 2,
    extraKeys: { "Ctrl-Enter": run, "Cmd-Enter": run }
  });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // ---- Examples
  function describe(example) {
    about.textContent = "";
    if (!example) return;
    about.appendChild(el("p", {}, example.description));
    if (example.federated) about.appendChild(el("p", { "class": "federated-note" }, M["query.federatedNote"]));
    if (example.api !== undefined) {
      var url = "/api/queries/" + encodeURIComponent(example.name) + "?" + (example.api ? example.api + "&" : "")
        + "format=json" + (KG.lang !== "en" ? "&lang=" + KG.lang : "");
      var p = el("p", { "class": "feed" }, M["query.api"] + " ");
      p.appendChild(el("a", { href: url }, url));
      about.appendChild(p);
    }
  }
  select.addEventListener("change", function () {
    var example = examples[select.value];
    describe(example);
    if (example) editor.setValue(example.text);
  });

  // ---- Running
  function setStatus(text, cls) {
    statusBox.textContent = "";
    statusBox.className = cls || "";
    if (text) statusBox.appendChild(el("span", {}, text));
  }

  function linkTo(text) {
    var example = examples[select.value];
    var q = example && example.text === text ? "example=" + encodeURIComponent(example.name) : "query=" + encodeURIComponent(text);
    return "/query?" + q + (KG.lang !== "en" ? "&lang=" + KG.lang : "");
  }

  function run() {
    var text = editor.getValue();
    var started = performance.now();
    setStatus(M["query.running"], "running");
    views.hidden = true;
    tableBox.textContent = "";
    chartBox.hidden = true;
    var link = linkTo(text);
    permalink.href = link;
    if (link.length < 8000) history.replaceState(null, "", link);
    fetch(data.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.8, */*;q=0.1" },
      body: new URLSearchParams({ query: text })
    }).then(function (r) {
      return r.text().then(function (body) {
        if (!r.ok) return showError(r.status, body);
        var type = r.headers.get("Content-Type") || "";
        if (type.indexOf("json") >= 0 && type.indexOf("ld+json") < 0) return showResults(JSON.parse(body), performance.now() - started);
        return showText(body);
      });
    }).catch(function (e) { showError(0, String(e)); });
  }

  function showError(status, body) {
    var title = status === 400 ? M["query.syntaxError"] : status === 503 ? M["query.timeout"] : status === 0 ? M["query.network"] : M["query.error"] + " (HTTP " + status + ")";
    setStatus("", "error");
    statusBox.appendChild(el("strong", { "class": "error" }, title));
    // Fuseki's message: "Error 400: Parse error: ..." with the line and column.
    statusBox.appendChild(el("pre", { "class": "error-detail" }, body.replace(/^Error \d+: /, "").trim()));
  }

  function showText(body) {
    setStatus("");
    tableBox.appendChild(el("pre", { "class": "rdf" }, body));
  }

  function showResults(json, ms) {
    if (json.boolean !== undefined) {
      setStatus(M["query.ask"] + ": " + (json.boolean ? M["query.yes"] : M["query.no"]));
      return;
    }
    var vars = json.head.vars || [];
    var rows = json.results.bindings || [];
    current = { vars: vars, rows: rows };
    setStatus(rows.length ? rows.length + " " + M["query.rows"] + " · " + Math.round(ms) + " ms" : M["query.noRows"]);
    renderTable(vars, rows);
    var kinds = chartKinds(vars, rows);
    chartKind.textContent = "";
    kinds.forEach(function (k) { chartKind.appendChild(el("option", { value: k.kind }, M[k.message])); });
    viewChart.disabled = kinds.length === 0;
    viewChart.title = kinds.length ? "" : M["query.noChart"];
    views.hidden = rows.length === 0;
    show(viewChart.getAttribute("aria-pressed") === "true" && kinds.length ? "chart" : "table");
  }

  // ---- Table
  var prefixes = Object.keys(data.prefixes).map(function (p) { return { prefix: p, ns: data.prefixes[p] }; })
    .sort(function (a, b) { return b.ns.length - a.ns.length; });
  var LOCAL = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

  function prefixed(iri) {
    for (var i = 0; i < prefixes.length; i++) {
      var p = prefixes[i];
      if (iri.indexOf(p.ns) === 0 && LOCAL.test(iri.substring(p.ns.length))) return p.prefix + ":" + iri.substring(p.ns.length);
    }
    return "<" + iri + ">";
  }

  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = el("a", { href: KG.pageOf(term.value) || term.value, title: term.value }, prefixed(term.value));
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term.datatype) td.title = prefixed(term.datatype);
      if (term["xml:lang"]) td.lang = term["xml:lang"];
    }
    return td;
  }

  function renderTable(vars, rows) {
    var table = el("table", { id: "results" });
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", {}, v)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    tableBox.textContent = "";
    tableBox.appendChild(table);
  }

  // ---- Charts
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMBER = /^(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|negativeInteger|nonPositiveInteger|unsignedInt|unsignedLong|unsignedShort|unsignedByte)$/;
  var DATE = /^(date|dateTime|dateTimeStamp|gYear|gYearMonth)$/;
  var DATE_TEXT = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;

  function xsd(term) {
    return term.datatype && term.datatype.indexOf(XSD) === 0 ? term.datatype.substring(XSD.length) : null;
  }

  // What a column holds, from its bound values: number, date, label (text), iri, or empty.
  function columnType(v, rows) {
    var terms = rows.map(function (r) { return r[v]; }).filter(Boolean);
    if (!terms.length) return "empty";
    function all(test) { return terms.every(test); }
    if (all(function (t) { return t.type === "literal" && NUMBER.test(xsd(t) || ""); })) {
      return /year/i.test(v) && all(function (t) { return /^\d{4}$/.test(t.value); }) ? "date" : "number";
    }
    if (all(function (t) { return t.type === "literal" && (DATE.test(xsd(t) || "") || (!t.datatype || xsd(t) === "string") && DATE_TEXT.test(t.value)); })) return "date";
    if (all(function (t) { return t.type === "literal"; })) return "label";
    if (all(function (t) { return t.type === "uri"; })) return "iri";
    return "mixed";
  }

  function time(term) {
    if (!term) return null;
    var m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(term.value);
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
  }

  function distinct(v, rows) {
    var seen = {};
    rows.forEach(function (r) { if (r[v]) seen[r[v].value] = true; });
    return Object.keys(seen).length;
  }

  // The columns' roles, and which charts they allow (the first is the default).
  function plan(vars, rows) {
    var types = {};
    vars.forEach(function (v) { types[v] = columnType(v, rows); });
    var of = function (t) { return vars.filter(function (v) { return types[v] === t; }); };
    var numbers = of("number"), dates = of("date");
    var labels = of("label").concat(of("iri"));
    var label = labels.slice().sort(function (a, b) { return distinct(b, rows) - distinct(a, rows); })[0];
    var group = of("label").filter(function (v) { var n = distinct(v, rows); return n >= 2 && n <= 12; })
      .sort(function (a, b) { return distinct(b, rows) - distinct(a, rows); })[0];
    // A start and an end: xFrom/xUntil (or start/end), else the first two date columns.
    var start = null, end = null;
    dates.forEach(function (v) {
      var m = /^(.*?)(From|Start|Begin)$/i.exec(v);
      if (start || !m) return;
      var stem = m[1];
      var match = vars.filter(function (w) { return w !== v && new RegExp("^" + stem + "(Until|To|End)$", "i").test(w) && (types[w] === "date" || types[w] === "empty"); })[0];
      if (match) { start = v; end = match; }
    });
    if (!start && dates.length >= 2) { start = dates[0]; end = dates[1]; }
    var x = dates.filter(function (v) { return v !== end; })[0];
    return { numbers: numbers, x: x, label: label, group: group, start: start, end: end, xVaries: x && distinct(x, rows) > 1 };
  }

  function chartKinds(vars, rows) {
    if (!rows.length) return [];
    var p = plan(vars, rows), kinds = [];
    var line = { kind: "line", message: "query.chartLine" }, bar = { kind: "bar", message: "query.chartBar" }, timeline = { kind: "timeline", message: "query.chartTimeline" };
    if (p.numbers.length && p.x && p.xVaries) kinds.push(line);
    if (p.numbers.length && p.label) kinds.push(bar);
    if (p.label && p.start) kinds.push(timeline);
    if (p.numbers.length && p.x && !p.xVaries) kinds.push(line);
    return kinds;
  }

  function fmtDay(t) { return new Date(t).toISOString().substring(0, 10); }

  function option(kind, vars, rows) {
    var p = plan(vars, rows);
    var base = { animation: false, tooltip: {}, grid: { left: 60, right: 30, top: 40, bottom: 60, containLabel: true } };
    if (kind === "line") {
      var series = [];
      p.numbers.forEach(function (n) {
        var groups = {};
        rows.forEach(function (r, i) {
          if (!r[n] || time(r[p.x]) === null) return;
          var g = p.group && r[p.group] ? r[p.group].value : "";
          (groups[g] = groups[g] || []).push([time(r[p.x]), Number(r[n].value), i]);
        });
        Object.keys(groups).forEach(function (g) {
          series.push({ type: "line", name: g ? g + " · " + n : n, showSymbol: true, data: groups[g].sort(function (a, b) { return a[0] - b[0]; }) });
        });
      });
      base.tooltip = { trigger: "axis" };
      base.legend = { type: "scroll", top: 0 };
      base.xAxis = { type: "time", name: p.x };
      base.yAxis = { type: "value" };
      base.series = series;
      return base;
    }
    if (kind === "bar") {
      base.legend = { top: 0 };
      base.xAxis = { type: "category", data: rows.map(function (r) { return r[p.label] ? (r[p.label].type === "uri" ? prefixed(r[p.label].value) : r[p.label].value) : ""; }),
        axisLabel: { rotate: 30, interval: 0, width: 140, overflow: "truncate" } };
      base.yAxis = { type: "value" };
      base.series = p.numbers.map(function (n) {
        return { type: "bar", name: n, data: rows.map(function (r) { return r[n] ? Number(r[n].value) : null; }) };
      });
      base.grid.bottom = 100;
      return base;
    }
    // Timeline: one bar per row from start to end (to today while open-ended).
    var categories = [], index = {}, now = Date.now();
    var items = [];
    rows.forEach(function (r, i) {
      var s = time(r[p.start]);
      if (s === null) return;
      var name = r[p.label] ? (r[p.label].type === "uri" ? prefixed(r[p.label].value) : r[p.label].value) : "";
      if (!(name in index)) { index[name] = categories.length; categories.push(name); }
      var e = time(r[p.end]);
      items.push({ value: [index[name], s, e === null ? Math.max(now, s) : e, i], open: e === null });
    });
    base.tooltip = { formatter: function (it) { return it.name + "<br>" + fmtDay(it.value[1]) + " – " + (it.data.open ? "…" : fmtDay(it.value[2])); } };
    base.xAxis = { type: "time" };
    base.yAxis = { type: "category", data: categories, inverse: true, axisLabel: { width: 220, overflow: "truncate" } };
    base.series = [{
      type: "custom", name: p.label, encode: { x: [1, 2], y: 0 },
      renderItem: function (params, api) {
        var from = api.coord([api.value(1), api.value(0)]), to = api.coord([api.value(2), api.value(0)]);
        var h = api.size([0, 1])[1] * 0.6;
        return { type: "rect", shape: { x: from[0], y: from[1] - h / 2, width: Math.max(2, to[0] - from[0]), height: h },
          style: api.style({ opacity: 0.55 }) };
      },
      data: items.map(function (it) { return { name: categories[it.value[0]], value: it.value, open: it.open }; })
    }];
    chartBox.style.height = Math.max(320, categories.length * 24 + 100) + "px";
    return base;
  }

  function renderChart() {
    if (!current) return;
    if (chart) chart.dispose();
    chartBox.style.height = "";
    var opt = option(chartKind.value, current.vars, current.rows);
    chart = echarts.init(chartBox);
    chart.setOption(opt);
  }

  function show(view) {
    var isChart = view === "chart";
    viewTable.setAttribute("aria-pressed", String(!isChart));
    viewChart.setAttribute("aria-pressed", String(isChart));
    tableBox.hidden = isChart;
    chartBox.hidden = !isChart;
    if (isChart) renderChart();
  }

  viewTable.addEventListener("click", function () { show("table"); });
  viewChart.addEventListener("click", function () { show("chart"); });
  chartKind.addEventListener("change", function () { if (!chartBox.hidden) renderChart(); });
  window.addEventListener("resize", function () { if (chart) chart.resize(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });

  describe(examples[select.value]);
  if (data.autorun) run();
})();
