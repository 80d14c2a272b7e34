// One driver interface, two engines.
//
//   Firefox (Gecko): puppeteer-core over WebDriver BiDi, Debian's firefox-esr, headless.
//   WebKit (WebKitGTK): selenium-webdriver against WebKitWebDriver, which drives MiniBrowser on
//   an Xvfb display this driver starts (MiniBrowser has no headless mode).
//
// Interface (all methods async, all bounded by timeouts):
//   start(), stop(), setViewport(w, h), viewport(), goto(url), reload(), click(selector),
//   press(key), type(selector, text), text(selector), exists(selector), count(selector),
//   evaluate(fn, ...args), waitFor(fnOrSelector, { timeout, message, args }),
//   screenshot(path, { restore }) (the whole page; restore: false lets WebKit leave its window as
//   tall as the page afterwards, for a caller that sets the size next anyway),
//   takeErrors() -> [{ kind, text, url }]  (page errors and console errors since the last call)
//   notes: things the driver had to do differently, reported by the runner.
//
// `evaluate` takes a function that must not close over anything (it is sent as source text);
// pass values as extra arguments (JSON-serialisable).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { CAPTURE_SOURCE } from './site.mjs';
import { freePort, onCleanup, pollUntil, startProcess, trackGroup, withRetries, withTimeout } from './proc.mjs';

const ACTION_TIMEOUT = 15_000;
const NAV_TIMEOUT = 30_000;
// Screenshots show the whole page down to 10 000 px, and at most 6.4 million pixels (5 000 px at
// 1280 px wide): only /about/ is longer, and a taller image costs seconds to encode and shows
// nothing a reader could look at.
const MAX_SHOT_HEIGHT = 10_000;
const MAX_SHOT_PIXELS = 6_400_000;
const shotHeight = (width, pageHeight) => Math.min(pageHeight, MAX_SHOT_HEIGHT, Math.floor(MAX_SHOT_PIXELS / width));

/** Reads (and clears) what capture.js recorded on the current page; [] if it cannot. */
function drainCapture() {
  const KEY = '__engines_errors';
  let entries = null;
  try {
    entries = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    sessionStorage.removeItem(KEY);
  } catch {}
  const own = window.__enginesCapture ? window.__enginesCapture.splice(0) : [];
  return entries ?? own;
}

class BaseDriver {
  constructor(log) {
    this.log = log;
    this.errors = [];
    this.warnings = []; // the app's own console.warn messages ("okay-guide: …"): listed, not failures
    this.notes = new Set();
  }

  async exists(selector) {
    return this.evaluate((s) => !!document.querySelector(s), selector);
  }

  async count(selector) {
    return this.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** innerText of the first match (what a reader sees), or null if there is none. */
  async text(selector) {
    return this.evaluate((s) => {
      const el = document.querySelector(s);
      return el ? el.innerText : null;
    }, selector);
  }

  /**
   * Waits until `what` is truthy: a CSS selector (an element matches) or a function evaluated in
   * the page with `args`. Returns the truthy value.
   */
  async waitFor(what, { timeout = ACTION_TIMEOUT, message, args = [] } = {}) {
    const check =
      typeof what === 'string' ? () => this.evaluate((s) => !!document.querySelector(s), what) : () => this.evaluate(what, ...args);
    return pollUntil(check, timeout, message ?? (typeof what === 'string' ? `element ${what}` : `condition ${what.toString().slice(0, 120)}`));
  }

  /** Errors recorded since the last call (each tagged with the page URL). */
  async takeErrors() {
    await this.collectCaptured();
    return this.errors.splice(0);
  }

  /** The app's warnings since the last call (read takeErrors() first). */
  takeWarnings() {
    return this.warnings.splice(0);
  }

  async collectCaptured() {
    try {
      const entries = await withTimeout(this.evaluate(drainCapture), 5_000, 'read captured errors');
      for (const e of entries ?? []) this.recordCaptured(e);
    } catch {
      // The page may be mid-navigation or gone; what it recorded is in sessionStorage for the next read.
    }
  }
}

// ---- Firefox ---------------------------------------------------------------------------------

export class FirefoxDriver extends BaseDriver {
  name = 'firefox';
  label = 'Firefox (Gecko, WebDriver BiDi)';

  async start() {
    this.browser = await withRetries(
      'launch Firefox',
      3,
      async () => {
        const profile = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
        const removeProfile = onCleanup('Firefox profile', () => rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));
        let browser;
        try {
          browser = await withTimeout(
            puppeteer.launch({
              browser: 'firefox',
              executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
              headless: true,
              userDataDir: profile,
              timeout: 45_000,
              protocolTimeout: 30_000,
              // The runner handles signals and kills the browser itself (see stop()).
              handleSIGINT: false,
              handleSIGTERM: false,
              handleSIGHUP: false,
              defaultViewport: { width: 1280, height: 800 },
              // Scrollbars that overlay the page, as on phones (and GNOME): otherwise a classic
              // 12 px scrollbar leaves a "390 px" phone page only 378 px for its content.
              extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
            }),
            60_000,
            'puppeteer.launch(firefox)',
          );
        } catch (error) {
          await removeProfile();
          throw error;
        }
        const pid = browser.process()?.pid;
        trackGroup(pid);
        this.killBrowser = onCleanup(`Firefox (pid ${pid})`, async () => {
          await withTimeout(browser.close(), 8_000, 'browser.close').catch(() => {});
          if (pid) {
            try {
              process.kill(-pid, 'SIGKILL'); // puppeteer starts it detached: its own process group
            } catch {}
            try {
              process.kill(pid, 'SIGKILL');
            } catch {}
          }
          await removeProfile();
        });
        return browser;
      },
      this.log,
    );
    this.version = await this.browser.version();
    const pages = await this.browser.pages();
    this.page = pages[0] ?? (await this.browser.newPage());
    this.page.setDefaultTimeout(ACTION_TIMEOUT);
    this.page.setDefaultNavigationTimeout(NAV_TIMEOUT);
    this.page.on('console', (m) => {
      // (An object argument shows as "JSHandle@error": BiDi sends a copy without its message.)
      if (m.type() === 'error' || m.type() === 'assert') {
        this.errors.push({ kind: `console.${m.type()}`, text: m.text(), url: this.page.url() });
      }
    });
    this.page.on('pageerror', (e) => this.errors.push({ kind: 'uncaught', text: e?.message ?? String(e), url: this.page.url() }));
    // CSP violations and failed <script>/<link>/<img> loads are not BiDi log entries; capture.js
    // (a preload script here, so the page's markup is untouched) records those.
    await this.page.evaluateOnNewDocument(CAPTURE_SOURCE);
  }

  recordCaptured(e) {
    // console.error and uncaught errors (and rejections) arrive through BiDi; keep what it misses,
    // and the app's warnings as capture.js spells them (BiDi gives an Error argument as "{}").
    if (e.kind === 'csp' || e.kind === 'resource') this.errors.push(e);
    else if (e.kind === 'app-warning') this.warnings.push(e);
  }

  async stop() {
    await this.killBrowser?.();
  }

  async setViewport(width, height) {
    await this.page.setViewport({ width, height });
  }

  async viewport() {
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }

  async goto(url) {
    await this.collectCaptured();
    await this.page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT });
  }

  async reload() {
    await this.collectCaptured();
    await this.page.reload({ waitUntil: 'load', timeout: NAV_TIMEOUT });
  }

  async click(selector) {
    await this.page.waitForSelector(selector, { visible: true, timeout: ACTION_TIMEOUT });
    await this.page.click(selector);
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  async type(selector, text) {
    await this.page.waitForSelector(selector, { visible: true, timeout: ACTION_TIMEOUT });
    // Select what is there, so typing replaces it.
    await this.page.click(selector, { clickCount: 3 });
    await this.page.$eval(selector, (el) => el.select?.());
    await this.page.keyboard.press('Backspace');
    await this.page.type(selector, text);
  }

  async evaluate(fn, ...args) {
    return withTimeout(this.page.evaluate(fn, ...args), ACTION_TIMEOUT, 'evaluate');
  }

  async screenshot(path, _options = {}) {
    mkdirSync(dirname(path), { recursive: true });
    const { width, height } = await this.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: Math.ceil(document.documentElement.scrollHeight),
    }));
    const cut = shotHeight(width, height);
    const shot = cut < height ? { clip: { x: 0, y: 0, width, height: cut }, captureBeyondViewport: true } : { fullPage: true };
    await withTimeout(this.page.screenshot({ path, ...shot }), 30_000, `screenshot ${path}`);
  }
}

// ---- WebKit ----------------------------------------------------------------------------------

const XVFB_HEIGHT = 12_000; // px; the Xvfb screen is this tall so a window as tall as a page fits
const MINIBROWSER = process.env.MINIBROWSER_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Xvfb on a display number it picks itself (-displayfd): no clash with another run. */
async function startXvfb() {
  const xvfb = startProcess('Xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', `1400x${XVFB_HEIGHT}x24`, '-nolisten', 'tcp'], { extraFds: 1 });
  let number = '';
  xvfb.child.stdio[3].on('data', (d) => (number += String(d)));
  await pollUntil(() => {
    if (xvfb.exited()) throw new Error(`Xvfb exited: ${xvfb.output()}`);
    return /^\d+\n/.test(number);
  }, 10_000, 'Xvfb reports its display');
  return { display: `:${number.trim()}`, stop: xvfb.stop };
}

export class WebKitDriver extends BaseDriver {
  name = 'webkit';
  label = 'WebKit (WebKitGTK MiniBrowser, WebDriver classic)';

  async start() {
    this.xvfb = await startXvfb();
    this.log(`Xvfb on display ${this.xvfb.display}`);
    this.driver = await withRetries(
      'start WebKitWebDriver and MiniBrowser',
      3,
      async () => {
        const port = await freePort();
        const wd = startProcess('WebKitWebDriver', 'WebKitWebDriver', [`--port=${port}`], {
          env: { ...process.env, DISPLAY: this.xvfb.display },
        });
        const url = `http://127.0.0.1:${port}`;
        try {
          await pollUntil(async () => {
            if (wd.exited()) throw new Error(`WebKitWebDriver exited: ${wd.output()}`);
            return (await fetch(`${url}/status`)).ok;
          }, 10_000, 'WebKitWebDriver answers /status');
          const caps = {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: MINIBROWSER,
              // --full-screen hides MiniBrowser's toolbar: the window is then exactly the page's
              // viewport, and it can be made narrower than the toolbar's 447 px minimum (390 px).
              args: ['--automation', '--full-screen'],
            },
          };
          const driver = await withTimeout(new Builder().usingServer(url).withCapabilities(caps).build(), 45_000, 'new WebKit session');
          this.wdProcess = wd;
          return driver;
        } catch (error) {
          await wd.stop();
          throw error;
        }
      },
      this.log,
    );
    this.endSession = onCleanup('WebKit session', () => withTimeout(this.driver.quit(), 8_000, 'session quit'));
    await this.driver.manage().setTimeouts({ script: ACTION_TIMEOUT, pageLoad: NAV_TIMEOUT, implicit: 0 });
    const caps = await this.driver.getCapabilities();
    this.version = `MiniBrowser ${caps.get('browserVersion')}`;
  }

  recordCaptured(e) {
    (e.kind === 'app-warning' ? this.warnings : this.errors).push(e);
  }

  async stop() {
    await this.endSession?.();
    await this.wdProcess?.stop();
    await this.xvfb?.stop();
  }

  async setViewport(width, height) {
    const win = this.driver.manage().window();
    await win.setRect({ x: 0, y: 0, width, height });
    // The window may take the new size a moment after the call returns (seen once in a cold CI
    // run, on a blank first page: "Invalid width value" from the correction below). The page can
    // never be larger than the window, so wait while it still is, or while it has no size at all.
    await this.waitFor((w, h) => innerWidth > 0 && innerHeight > 0 && innerWidth <= w && innerHeight <= h, {
      timeout: 3_000,
      message: `the window to take ${width}×${height}`,
      args: [width, height],
    });
    const inner = await this.viewport();
    // Without a toolbar (see --full-screen) the window is the viewport; correct once if not.
    if (inner.width !== width || inner.height !== height) {
      await win.setRect({ width: width + (width - inner.width), height: height + (height - inner.height) });
    }
  }

  async viewport() {
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }

  async goto(url) {
    await this.collectCaptured();
    await withTimeout(this.driver.get(url), NAV_TIMEOUT + 5_000, `goto ${url}`);
    await this.waitFor(() => document.readyState === 'complete', { timeout: NAV_TIMEOUT, message: `load of ${url}` });
  }

  async reload() {
    await this.collectCaptured();
    await withTimeout(this.driver.navigate().refresh(), NAV_TIMEOUT + 5_000, 'reload');
    await this.waitFor(() => document.readyState === 'complete', { timeout: NAV_TIMEOUT, message: 'load after reload' });
  }

  async element(selector) {
    await this.waitFor(
      (s) => {
        const el = document.querySelector(s);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      },
      { args: [selector], message: `visible element ${selector}` },
    );
    return this.driver.findElement(By.css(selector));
  }

  async click(selector) {
    const el = await this.element(selector);
    await withTimeout(el.click(), ACTION_TIMEOUT, `click ${selector}`);
  }

  async press(key) {
    const k = Key[key.toUpperCase()] ?? key;
    await withTimeout(this.driver.actions().keyDown(k).keyUp(k).perform(), ACTION_TIMEOUT, `press ${key}`);
  }

  async type(selector, text) {
    const el = await this.element(selector);
    await withTimeout(el.clear(), ACTION_TIMEOUT, `clear ${selector}`);
    await withTimeout(el.sendKeys(text), ACTION_TIMEOUT, `type into ${selector}`);
    const value = await this.evaluate((s) => document.querySelector(s).value, selector);
    if (value !== text) {
      // WebKitGTK's automation types key by key through the X keymap, which has no Hangul. A
      // reader types Hangul through an input method, which commits text as an "insertText" edit:
      // do that instead (it fires the same beforeinput/input events the app listens to).
      this.notes.add(`typing "${text}" by key events gave "${value}"; entered it as an input-method commit (insertText) instead`);
      await this.evaluate(
        (s, t) => {
          const input = document.querySelector(s);
          input.focus();
          input.select();
          document.execCommand('insertText', false, t);
        },
        selector,
        text,
      );
    }
  }

  async evaluate(fn, ...args) {
    // executeAsyncScript, so that a function returning a promise is awaited in every engine.
    const source = `
      const done = arguments[arguments.length - 1];
      const fn = (${fn.toString()});
      Promise.resolve()
        .then(() => fn.apply(null, ${JSON.stringify(args)}))
        .then((value) => done({ ok: true, value: value === undefined ? null : value }),
              (error) => done({ ok: false, error: String((error && error.stack) || error) }));`;
    const result = await withTimeout(this.driver.executeAsyncScript(source), ACTION_TIMEOUT + 2_000, 'evaluate');
    if (!result?.ok) throw new Error(`in page: ${result?.error}`);
    return result.value;
  }

  async screenshot(path, { restore = true } = {}) {
    mkdirSync(dirname(path), { recursive: true });
    // The whole page. WebDriver screenshots (also of an element) are cut to the viewport, so the
    // window is made as tall as the page for the shot, then put back. (The page's only
    // viewport-height rule is body's min-height: 100vh, which then equals the content's height.)
    const { width, height } = await this.viewport();
    const full = shotHeight(width, await this.evaluate(() => Math.ceil(document.documentElement.scrollHeight)));
    const win = this.driver.manage().window();
    try {
      if (full > height) {
        await win.setRect({ width, height: full });
        await this.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      const png = await withTimeout(this.driver.takeScreenshot(), 30_000, `screenshot ${path}`);
      writeFileSync(path, Buffer.from(png, 'base64'));
    } finally {
      if (full > height && restore) await this.setViewport(width, height);
    }
  }
}

export const DRIVERS = { firefox: FirefoxDriver, webkit: WebKitDriver };
