// Starts the guide's app (the wasm) on a page. The build writes this template
// (src/bin/postbuild/boot.js) into boot-<hash>.js with this build's glue and wasm file names.
//
// Every page arrives fully rendered, so reading never waits for the app: it is needed only to
// react (the watch tracker, spoilers, search, sharing, the outlook's figures for today). So:
//  1. Once the page has loaded and painted, and the browser is idle, the wasm and the page's data
//     are fetched and the wasm is compiled, off the main thread where the browser can. Nothing
//     runs yet, so the page stays exactly as it was drawn.
//  2. The app starts at the reader's first sign of use (a touch, a key, the mouse, the wheel), or
//     at once after load when the page needs it (the reader has stored progress; the page is live:
//     outlook, search, progress, not found; or the markup is for another address), or when a newer
//     build is ready to be offered.
//  3. A control pressed before the app is ready is pressed again, in order, once it is. A toggle
//     (a button with aria-pressed) shows its new state at once: its name stays the same and its
//     state is aria-pressed, so no rule of the app is repeated here.
(() => {
  const root = document.getElementById("prerendered");
  const INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  // Controls whose click does something only the app can do; links and text fields work natively.
  const PRESSABLE = "button, summary, input[type=checkbox], input[type=radio]";
  const CONTROLS = "a[href], button, summary, input, select, textarea";
  let state = "waiting"; // waiting → starting → running, or failed
  let compiled = null; // the wasm, compiled while the browser was idle (a promise of a Module)
  const presses = []; // controls pressed before the app was ready, in order
  let focused = null; // the control that had focus when the app took over
  let values = []; // what was typed into text fields before the app took over

  // A control is found again in the app's markup by its kind and words, and among equals by its
  // place among the page's controls: the app renders the same views from the same data as the build.
  const controls = () => Array.from(document.querySelectorAll(CONTROLS));
  // A control is known by its name, which does not change as a toggle is pressed.
  const words = (el) => (el.getAttribute("aria-label") || el.textContent || el.name || "").trim();
  const keyOf = (el) => ({ index: controls().indexOf(el), tag: el.tagName, words: words(el) });
  const find = (key) => {
    if (!key) return null;
    let best = null;
    let distance = Infinity;
    controls().forEach((el, i) => {
      if (el.tagName !== key.tag || words(el) !== key.words) return;
      const d = Math.abs(i - key.index);
      if (d < distance) [best, distance] = [el, d];
    });
    return best;
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

  // The data files this page's app will ask for first: the facts, this language's prose, the map.
  const dataUrls = () => {
    const korean = document.documentElement.lang === "ko";
    const wanted = new RegExp(`^(guide|map|text-${korean ? "ko" : "en"})-[0-9a-f]{16}\\.json$`);
    const names = document.querySelector('meta[name="okay-guide-data"]')?.content ?? "";
    return names
      .split(" ")
      .map((pair) => pair.split("=")[1] ?? "")
      .filter((file) => wanted.test(file))
      .map((file) => new URL("data/" + file, document.baseURI).href);
  };
  const preloadData = () => {
    for (const href of dataUrls()) {
      if (document.querySelector(`link[rel=preload][href="${href}"]`)) continue;
      const link = document.createElement("link");
      Object.assign(link, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href });
      document.head.append(link);
    }
  };

  // Step 1: fetch and compile while the reader reads.
  const warm = () => {
    if (compiled || state !== "waiting") return;
    preloadData();
    const glue = document.createElement("link");
    Object.assign(glue, { rel: "modulepreload", href: new URL("__GLUE__", document.baseURI).href });
    document.head.append(glue);
    const url = new URL("__WASM__", document.baseURI).href;
    compiled = WebAssembly.compileStreaming(fetch(url))
      // A host that sends the wasm with the wrong type: compile from the bytes instead.
      .catch(() => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)))
      .catch(() => null);
  };

  const flipped = []; // toggles shown pressed before the app ran: [control, state before]
  const settle = () => {
    for (const el of document.querySelectorAll("[data-app-pending]")) {
      el.removeAttribute("data-app-pending");
      el.removeAttribute("aria-busy");
    }
  };
  // The app could not start: the toggles go back to what is really stored.
  const revert = () => {
    for (const [control, pressed] of flipped.splice(0).reverse()) {
      control.setAttribute("aria-pressed", pressed);
    }
  };

  const start = async () => {
    if (state !== "waiting") return;
    state = "starting";
    for (const type of INTENT) removeEventListener(type, start, true);
    preloadData();
    try {
      const bindings = await import("__GLUE__");
      const module = compiled ? await compiled : null;
      const wasm = await bindings.default({ module_or_path: module ?? "__WASM__" });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
    } catch (error) {
      state = "failed";
      settle();
      revert();
      console.warn("okay-guide: the app did not start; the page stays readable without it:", error);
    }
  };

  // Sent by the app just before it replaces the prerendered markup, and just after.
  addEventListener("okay-guide:before-mount", () => {
    const active = document.activeElement;
    focused = active && active !== document.body && root?.contains(active) ? keyOf(active) : null;
    values = Array.from(root ? root.querySelectorAll("input[type=search], input[type=text], textarea") : [])
      .filter((input) => input.value !== input.defaultValue)
      .map((input) => [keyOf(input), input.value]);
  });
  // The app draws the page a moment after mounting at most; what is carried over is put back as
  // soon as its control exists, watching the page for up to a few seconds.
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
    // Every early press, in order, each once the app has drawn the last one's effect. Focused as
    // well, as a press would: a screen reader's place is on the control it pressed.
    const replay = () => {
      const key = presses.shift();
      if (!key) return;
      whenFound(key, (el) => {
        el.focus();
        el.click();
        requestAnimationFrame(replay);
      });
    };
    replay();
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
      presses.push(keyOf(control));
      const pressed = control.getAttribute("aria-pressed");
      if (pressed === "true" || pressed === "false") {
        // A toggle: show its new state now.
        flipped.push([control, pressed]);
        control.setAttribute("aria-pressed", pressed === "true" ? "false" : "true");
      } else {
        control.setAttribute("data-app-pending", "");
        control.setAttribute("aria-busy", "true");
      }
      start();
    },
    true,
  );

  // A sign of use starts the app, however early.
  for (const type of INTENT) addEventListener(type, start, { capture: true, passive: true });
  // A newer build has been downloaded (register-sw.js): only the app can offer the reload.
  addEventListener("okay-guide-update", start);
  const afterLoad = () => {
    if (neededNow()) return start();
    // Idle after the first paint: fetch and compile, so a first tap finds the app nearly ready.
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
    requestAnimationFrame(() => setTimeout(() => idle(warm, { timeout: 2000 }), 0));
  };
  if (document.readyState === "complete") afterLoad();
  else addEventListener("load", afterLoad, { once: true });
})();
