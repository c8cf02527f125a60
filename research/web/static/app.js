// runnerup serve: live progress of a lookup (server-sent events). The page works without it
// (it refreshes itself); this only appends lines as they come. Text only, never HTML.
(function () {
  "use strict";
  var list = document.getElementById("progress");
  if (!list || !window.EventSource) { return; }
  var job = list.getAttribute("data-job");
  var last = list.getAttribute("data-last") || "0";
  var source = new EventSource("/lookups/" + encodeURIComponent(job) + "/events?after=" + encodeURIComponent(last));
  function add(event) {
    var line = JSON.parse(event.data);
    var item = document.createElement("li");
    item.className = "line kind-" + line.kind + (line.status ? " status-" + line.status : "");
    item.textContent = line.text;
    list.appendChild(item);
  }
  ["stage", "source", "outcome"].forEach(function (kind) { source.addEventListener(kind, add); });
  ["choose", "done", "failed"].forEach(function (kind) {
    source.addEventListener(kind, function (event) {
      add(event);
      source.close();
      window.location.reload();
    });
  });
})();
