// Starts the guide's app (the wasm) on a page. The build writes this template
// (src/bin/postbuild/boot.js) into boot-<hash>.js with this build's glue and wasm file names.
//
// Every page arrives fully rendered, so reading never waits for the app: it is needed only to
// react (the watch tracker, spoilers, search, sharing, the outlook's figures for today). It starts
// as soon as the page has loaded when the page needs it at once: the reader has stored progress
// (their ticks and unlocked spoilers must show), the page is live (outlook, search, not found), or
// the prerendered markup is for another address (a host that answers every path with the home
// page). Otherwise it starts at the reader's first sign of use (a touch, a key, the mouse, the
// wheel) or when a newer build is ready to be offered. A control pressed before the app is ready
// is pressed again once it is, and focus stays on the control it was on, so nothing is lost.
(() => {
  const root = document.getElementById("prerendered");
  const INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  // Controls whose click does something only the app can do; links and text fields work natively.
  const PRESSABLE = "button, summary, input[type=checkbox], input[type=radio]";
  const CONTROLS = "a[href], button, summary, input, select, textarea";
  let state = "waiting"; // waiting → starting → running, or failed
  let pressed = null; // the control pressed before the app was ready
  let focused = null; // the control that had focus when the app took over
  let values = []; // what was typed into text fields before the app took over

  // A control is found again in the app's markup by its place among the page's controls, checked
  // against its kind and words: the app renders the same views from the same data as the build.
  const controls = () => Array.from(document.querySelectorAll(CONTROLS));
  const words = (el) => (el.getAttribute("aria-label") || el.textContent || el.name || "").trim();
  const keyOf = (el) => ({ index: controls().indexOf(el), tag: el.tagName, words: words(el) });
  const find = (key) => {
    const el = key && key.index >= 0 ? controls()[key.index] : null;
    return el && el.tagName === key.tag && words(el) === key.words ? el : null;
  };

  const samePage = () => {
    const path = root && root.dataset.path;
    if (!path) return false;
    const tidy = (p) => decodeURI(p).replace(/index\.html$/, "").replace(/\/+$/, "");
    const expected = new URL(path.replace(/^\/+/, ""), document.baseURI).pathname;
    try {
      return tidy(expected) === tidy(location.pathname);
    } catch {
      return false; // a malformed %-escape in the address: not a page the build wrote
    }
  };
  const hasStoredProgress = () => {
    try {
      return localStorage.getItem("__PROGRESS_KEY__") !== null;
    } catch {
      return false; // storage that throws: the app would start with nothing stored either
    }
  };
  const neededNow = () => !root || root.dataset.boot === "now" || !samePage() || hasStoredProgress();

  // The app's first step is fetching the data files the page names: ask for them now, so they
  // download alongside the wasm instead of after it.
  const preloadData = () => {
    const names = document.querySelector('meta[name="okay-guide-data"]')?.content ?? "";
    for (const pair of names.split(" ")) {
      const file = pair.split("=")[1] ?? "";
      if (!/^[a-z]+-[0-9a-f]{16}\.json$/.test(file)) continue;
      const link = document.createElement("link");
      Object.assign(link, { rel: "preload", as: "fetch", crossOrigin: "anonymous" });
      link.href = new URL("data/" + file, document.baseURI).href;
      document.head.append(link);
    }
  };

  const settle = () => {
    for (const el of document.querySelectorAll("[data-app-pending]")) {
      el.removeAttribute("data-app-pending");
      el.removeAttribute("aria-busy");
    }
  };

  const start = async () => {
    if (state !== "waiting") return;
    state = "starting";
    for (const type of INTENT) removeEventListener(type, start, true);
    preloadData();
    try {
      const bindings = await import("__GLUE__");
      const wasm = await bindings.default({ module_or_path: "__WASM__" });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
    } catch (error) {
      state = "failed";
      settle();
      console.warn("okay-guide: the app did not start; the page stays readable without it:", error);
    }
  };

  // Sent by the app just before it replaces the prerendered markup, and just after.
  addEventListener("okay-guide:before-mount", () => {
    const active = document.activeElement;
    focused = active && active !== document.body && root?.contains(active) ? keyOf(active) : null;
    values = Array.from(root ? root.querySelectorAll("input[type=search], input[type=text]") : [])
      .filter((input) => input.value !== input.defaultValue)
      .map((input) => [keyOf(input), input.value]);
  });
  // The app draws each page's data a moment after mounting, so what is carried over is put back
  // as soon as its control exists, watching the page for up to a few seconds.
  const whenFound = (key, then) => {
    if (!key) return;
    const now = find(key);
    if (now) return then(now);
    const watch = new MutationObserver(() => {
      const el = find(key);
      if (el) {
        watch.disconnect();
        then(el);
      }
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => watch.disconnect(), 5000);
  };
  addEventListener("okay-guide:mounted", () => {
    state = "running";
    for (const [key, value] of values) {
      whenFound(key, (input) => {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
    }
    whenFound(focused, (el) => el.focus());
    // Focused as well, as a press would: a screen reader's place is on the control it pressed.
    whenFound(pressed, (el) => {
      el.focus();
      el.click();
    });
    pressed = null;
  });

  document.addEventListener(
    "click",
    (event) => {
      if (state === "running" || state === "failed") return;
      const control = event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
      if (!control || !root?.contains(control)) return;
      // The prerendered control has no handler yet: keep the click for the app instead of letting
      // a checkbox flip or a button do nothing.
      event.preventDefault();
      event.stopImmediatePropagation();
      settle();
      pressed = keyOf(control);
      control.setAttribute("data-app-pending", "");
      control.setAttribute("aria-busy", "true");
      start();
    },
    true,
  );

  // A sign of use before the page has finished loading starts the app then; otherwise it starts
  // once the page has loaded, so the wasm never competes with the page itself for the network.
  for (const type of INTENT) addEventListener(type, start, { capture: true, passive: true });
  // A newer build has been downloaded (register-sw.js): only the app can offer the reload.
  addEventListener("okay-guide-update", start);
  const begin = () => {
    if (neededNow()) start();
  };
  if (document.readyState === "complete") begin();
  else addEventListener("load", begin, { once: true });
})();
