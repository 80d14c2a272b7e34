// Links the web app manifest, registers the guide's service worker (offline reading) and, when a
// newer build has been downloaded, tells the app, which offers a reload. The page never switches
// builds on its own.
(function () {
  "use strict";
  var base = new URL(document.baseURI);

  // The manifest is linked only once the page has loaded and painted: Chromium fetches a linked
  // manifest and its largest icon at once, at high priority, and on a slow network that delayed
  // the page's own paint (Lighthouse, slow 4G: largest paint 1.35 s instead of 0.95 s). It is only
  // needed to install the guide. A page that never paints (a background tab) gets it a little later.
  function linkManifest() {
    if (document.querySelector('link[rel="manifest"]')) return;
    var manifest = document.createElement("link");
    manifest.rel = "manifest";
    var korean = document.documentElement.lang === "ko";
    manifest.href = new URL(korean ? "manifest-ko.webmanifest" : "manifest.webmanifest", base).href;
    document.head.appendChild(manifest);
  }
  window.addEventListener("load", function () {
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf("paint") < 0) return linkManifest();
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName("first-contentful-paint").length) {
        observer.disconnect();
        linkManifest();
      }
    }).observe({ type: "paint", buffered: true });
    setTimeout(linkManifest, 3000);
  });

  if (!("serviceWorker" in navigator)) return;
  var reloadRequested = false;

  function announce(worker) {
    window.__okayGuideUpdate = function () {
      reloadRequested = true;
      worker.postMessage("skip-waiting");
    };
    window.dispatchEvent(new Event("okay-guide-update"));
  }

  var hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloadRequested) {
      window.location.reload();
    } else if (hadController) {
      // The browser switched builds by itself (no page of the old one was left open at some
      // point): this page still runs the old build, so offer the reload all the same.
      window.__okayGuideUpdate = function () {
        window.location.reload();
      };
      window.dispatchEvent(new Event("okay-guide-update"));
    }
    hadController = true;
  });

  window.addEventListener("load", function () {
    navigator.serviceWorker
      .register(new URL("sw.js", base).href, { scope: base.pathname })
      .then(function (registration) {
        function track(worker) {
          if (!worker) return;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed" && navigator.serviceWorker.controller) announce(worker);
          });
        }
        if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
        // An update found while register() was still settling is already installing.
        track(registration.installing);
        registration.addEventListener("updatefound", function () {
          track(registration.installing);
        });
        // Ask for a newer build on every visit rather than when the browser gets round to it.
        // Offline, that check fails: the build already here keeps working, so nothing to say.
        return registration.update().catch(function () {});
      })
      .catch(function (error) {
        // Firefox re-checks the script inside register() and rejects it when offline, although
        // the worker already in charge goes on serving this page.
        if (navigator.serviceWorker.controller) return;
        console.warn("okay-guide: offline reading is not available here:", error && error.message);
      });
  });
})();
