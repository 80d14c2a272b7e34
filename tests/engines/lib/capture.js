// Records a page's errors where the test can read them. Runs before any of the page's own
// scripts: in WebKit as the first tag in <head> (added by the test proxy, see site.mjs), in
// Firefox as a WebDriver BiDi preload script (puppeteer's evaluateOnNewDocument).
//
// What it catches: console.error and failed console.assert calls, the app's own console.warn
// messages (kept apart, as warnings) (this includes Rust panics,
// which console_error_panic_hook reports with console.error), uncaught exceptions, unhandled
// promise rejections, elements that failed to load (script, link, img: the window "error" event
// in the capture phase) and Content-Security-Policy violations.
// What it cannot catch: messages the browser itself writes to its console without a page event
// (for example "Failed to load resource: 404" for a fetch() the page handles, or a deprecation
// warning), errors inside the service worker, and anything raised before this script runs.
//
// Entries are kept in sessionStorage as well as on window, so that errors on a page left by a
// full navigation (a link the app did not handle, a reload) are still read afterwards.
(() => {
  if (window.__enginesCapture) return;
  const KEY = "__engines_errors";
  const list = [];
  window.__enginesCapture = list;
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === "object" && value !== null) {
      try {
        return JSON.stringify(value);
      } catch {
        return String(value);
      }
    }
    return String(value);
  };
  const save = (kind, message) => {
    const entry = { kind, text: String(message).slice(0, 2000), url: location.href };
    list.push(entry);
    try {
      const all = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      all.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(all.slice(-200)));
    } catch {}
  };
  const error = console.error;
  console.error = function (...args) {
    save("console.error", args.map(text).join(" "));
    return error.apply(this, args);
  };
  // The app's own warnings ("okay-guide: …", e.g. the app or offline reading could not start)
  // are recorded too; the runner lists them without failing.
  const warn = console.warn;
  console.warn = function (...args) {
    if (typeof args[0] === "string" && args[0].startsWith("okay-guide:")) save("app-warning", args.map(text).join(" "));
    return warn.apply(this, args);
  };
  const assert = console.assert;
  console.assert = function (condition, ...args) {
    if (!condition) save("console.assert", args.map(text).join(" ") || "Assertion failed");
    return assert.call(this, condition, ...args);
  };
  addEventListener(
    "error",
    (event) => {
      if (event instanceof ErrorEvent) {
        save("uncaught", `${event.message} (${event.filename}:${event.lineno}:${event.colno})`);
      } else if (event.target && event.target !== window && event.target.tagName) {
        const el = event.target;
        save("resource", `failed to load <${el.tagName.toLowerCase()}> ${el.src || el.href || ""}`);
      }
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => {
    const reason = event.reason;
    save("unhandledrejection", (reason && reason.stack) || text(reason));
  });
  document.addEventListener("securitypolicyviolation", (event) => {
    save("csp", `${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}`);
  });
})();
