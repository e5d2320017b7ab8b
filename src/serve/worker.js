// A shared worker of `mueang serve`: one reload stream for every open page
// of the preview, so that a browser's limit of six connections to one
// server is never taken up by the streams of six tabs. It passes the
// build tag of each finished build to every page; each page compares it
// with its own.
"use strict";
var ports = [];
var latest = null;
var events = new EventSource("/__mueang/events");
function tell(event) {
  latest = event.data;
  ports.forEach(function (port) {
    port.postMessage(latest);
  });
}
events.addEventListener("current", tell);
events.addEventListener("reload", tell);
self.onconnect = function (event) {
  var port = event.ports[0];
  ports.push(port);
  if (latest !== null) {
    port.postMessage(latest);
  }
};
