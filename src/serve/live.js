// Added to every page by `mueang serve` (never by `mueang build`): reloads
// the page when the site has been rebuilt, and hides the error overlay on
// request. The page's build is in data-build; the server says the latest.
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
  if (!window.EventSource || !build) {
    return;
  }
  var events = new EventSource("/__mueang/events");
  function check(event) {
    if (event.data !== build) {
      events.close();
      window.location.reload();
    }
  }
  // "current" comes on connecting (a build may have finished while this
  // page loaded); "reload" after each build.
  events.addEventListener("current", check);
  events.addEventListener("reload", check);
})();
