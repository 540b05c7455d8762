// Shared helpers of the pages: the page's language, links that keep it, the named-query API
// (flat JSON rows), and the way from a graph IRI to its page on this server.
(function () {
  "use strict";
  var ID = "https://w3id.org/arms-control/id/";
  var ONTOLOGY = "https://w3id.org/arms-control/ontology#";
  var lang = document.documentElement.getAttribute("data-lang") || "en";

  function link(path) {
    return lang === "en" ? path : path + (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + lang;
  }

  // The URL of a named query's answer: the same URL a user can take to another tool.
  function feedUrl(name, params, format) {
    var q = new URLSearchParams();
    Object.keys(params || {}).forEach(function (k) { if (params[k] !== undefined && params[k] !== null && params[k] !== "") q.set(k, params[k]); });
    q.set("format", format || "json");
    if (lang !== "en") q.set("lang", lang);
    return "/api/queries/" + encodeURIComponent(name) + "?" + q.toString();
  }

  function namedQuery(name, params) {
    return fetch(feedUrl(name, params), { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(name + ": HTTP " + r.status + " " + t); });
      return r.json();
    });
  }

  // A graph IRI's page on this server, or null when it has none.
  function pageOf(iri) {
    if (typeof iri !== "string") return null;
    if (iri.indexOf(ID) === 0) return link("/id/" + iri.substring(ID.length));
    if (iri.indexOf(ONTOLOGY) === 0) return link("/ontology") + "#" + iri.substring(ONTOLOGY.length);
    return null;
  }

  // Text for innerHTML, escaped.
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  // The first day of a date at any precision ("1993", "2016-10", "2016-10-05"), in UTC ms.
  function day(s) {
    if (!s) return null;
    var p = String(s).split("-");
    return Date.UTC(+p[0], p[1] ? +p[1] - 1 : 0, p[2] ? +p[2] : 1);
  }

  // A UTC ms instant as YYYY-MM-DD.
  function iso(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  window.KG = { lang: lang, link: link, feedUrl: feedUrl, namedQuery: namedQuery, pageOf: pageOf, esc: esc, day: day, iso: iso };
})();
