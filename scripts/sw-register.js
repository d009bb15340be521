// Registers the service worker and tells the app (event "trailmap-update-ready") when a new
// build is waiting; window.__trailmapApplyUpdate() lets it take over and reloads once.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var reloading = false;
  function ready(worker) {
    window.__trailmapUpdateReady = true;
    window.__trailmapApplyUpdate = function () {
      // A worker replaced by a yet newer one can't take over: the reload gets the newest.
      if (worker.state === "redundant") window.location.reload();
      else worker.postMessage({ type: "SKIP_WAITING" });
    };
    window.dispatchEvent(new Event("trailmap-update-ready"));
  }
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloading || !window.__trailmapUpdateReady) return;
    reloading = true;
    window.location.reload();
  });
  navigator.serviceWorker
    // Relative to <base href> (Trunk's --public-url), so a sub-path deployment gets its own
    // worker and scope.
    .register(new URL("sw.js", document.baseURI).href, { scope: new URL("./", document.baseURI).href })
    .then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) ready(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var next = reg.installing;
        if (!next) return;
        next.addEventListener("statechange", function () {
          if (next.state === "installed" && navigator.serviceWorker.controller) ready(next);
        });
      });
      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") reg.update().catch(function () {});
      });
    })
    .catch(function () {});
})();
