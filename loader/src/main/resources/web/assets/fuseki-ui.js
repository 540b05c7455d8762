// The stock Fuseki UI on a read-only server (injected into its index.html by web/FusekiUi,
// with fuseki-ui.css):
// - a route to a write or admin view ("manage", "add data", "edit") goes back to the dataset
//   list, and the controls leading there are hidden, by their icons in the CSS and by their
//   labels here (whichever markup a UI version uses);
// - the UI asks nothing of other hosts: its query editor (YASQE) would fetch prefix.cc's
//   prefix list, so a request to another origin gets an empty JSON answer instead. The site
//   works offline, and a visitor's browser leaks nothing to a third party.
(function () {
  "use strict";
  var WRITE = /^#\/(manage(\/.*)?|dataset\/[^/]+\/(upload|edit))$/;
  var LABELS = ["manage", "add data", "edit", "add one", "new dataset", "upload", "backup", "remove"];

  function guard() {
    if (WRITE.test(location.hash)) location.replace("#/");
  }
  guard();
  window.addEventListener("hashchange", guard);
  window.addEventListener("popstate", guard);

  function foreign(url) {
    try {
      return new URL(url, location.href).origin !== location.origin;
    } catch (e) {
      return false;
    }
  }
  var fetch0 = window.fetch;
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input && input.url;
    if (foreign(url)) return Promise.resolve(new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } }));
    return fetch0.apply(this, arguments);
  };
  var open0 = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    if (foreign(url)) args[1] = "data:application/json,{}";
    return open0.apply(this, args);
  };

  function hideWriteControls(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("a, button").forEach(function (e) {
      if (LABELS.indexOf(e.textContent.trim().toLowerCase()) >= 0) {
        var item = e.closest("li.nav-item");
        (item || e).style.setProperty("display", "none", "important");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var note = document.createElement("div");
    note.className = "kg-readonly-note";
    note.innerHTML = 'Read-only server: the write and admin views are not available. ' +
      '<a href="/query">Arms Control KG query editor</a> · <a href="/">home</a>';
    document.body.insertBefore(note, document.body.firstChild);
    hideWriteControls(document);
    new MutationObserver(function () { hideWriteControls(document); })
      .observe(document.body, { childList: true, subtree: true });
  });
})();
