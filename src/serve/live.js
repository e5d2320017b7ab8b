// Added to every page by `mueang serve` (never by `mueang build`): reloads
// the page when the site has been rebuilt, and hides the error overlay on
// request. The page's build is in data-build; the server says the latest,
// through one shared worker for all open pages where the browser has
// shared workers, else through a stream of this page's own.
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script ? script.getAttribute("data-build") : null;
  var hide = document.getElementById("mueang-overlay-hide");
  if (hide) {
    hide.addEventListener("click", function () {
      var overlay = document.getElementById("mueang-overlay");
      if (overlay) {
        overlay.hidden = true;
      }
    });
  }
  if (!build) {
    return;
  }
  function check(latest) {
    if (latest !== build) {
      build = null;
      window.location.reload();
    }
  }
  if (window.SharedWorker) {
    var worker = new SharedWorker("/__mueang/worker.js", { name: "mueang-serve" });
    worker.port.onmessage = function (event) {
      if (build) {
        check(event.data);
      }
    };
    worker.port.start();
  } else if (window.EventSource) {
    var events = new EventSource("/__mueang/events");
    // "current" comes on connecting (a build may have finished while this
    // page loaded); "reload" after each build.
    var onEvent = function (event) {
      if (build && event.data !== build) {
        events.close();
        check(event.data);
      }
    };
    events.addEventListener("current", onEvent);
    events.addEventListener("reload", onEvent);
  }
})();
