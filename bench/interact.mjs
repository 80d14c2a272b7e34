// The first tap, as a reader on a phone feels it: a touch tap on the watch toggle of episode 1, timed
// by the browser's own Event Timing API as the interaction's INP (from the input's hardware
// timestamp, through every event of the tap, touchstart to click, to the next paint), and how long
// until the app has really stored the tick.
//
// The network is slowed by a proxy in front of the server (150 ms round trip, 1.6 Mbit/s shared by
// every request), so the service worker's own downloads are as slow as the page's: Chromium's
// DevTools network emulation does not slow a service worker, which would flatter the app. The CPU
// is slowed 4x. The same page with its scripts replaced by a plain JavaScript toggle is measured in
// the same run, through the same proxy, as the baseline.
import http from 'node:http';
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const RTT_MS = 150;
// How long a finger rests on the glass in a tap: touchstart, then touchend and the click this long
// after. (A tap made by the test driver in one instant would hide whatever the page starts on
// touchstart: a real finger gives that work time to get in the click's way.)
const HOLD_MS = 80;
const BYTES_PER_S = (1.6 * 1000 * 1000) / 8;

/// A proxy to `upstream` that adds the round trip to every request and paces all response bodies
/// through one shared pipe of BYTES_PER_S.
export function throttlingProxy(upstream, port) {
  let pipeFreeAt = 0; // when the shared pipe has sent everything queued so far
  const server = http.createServer((req, res) => {
    const body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      // Half the round trip before the request reaches the server, half before the answer starts.
      setTimeout(() => {
        const up = http.request(upstream + req.url, { method: req.method, headers: { ...req.headers, host: new URL(upstream).host } }, (r) => {
          const chunks = [];
          r.on('data', (c) => chunks.push(c));
          r.on('end', () => {
            const data = Buffer.concat(chunks);
            const start = Math.max(pipeFreeAt, Date.now() + RTT_MS / 2);
            pipeFreeAt = start + (data.length / BYTES_PER_S) * 1000;
            const headers = { ...r.headers, 'content-length': String(data.length) };
            delete headers['transfer-encoding'];
            setTimeout(() => {
              res.writeHead(r.statusCode ?? 502, headers);
              res.end(data);
            }, pipeFreeAt - Date.now());
          });
        });
        up.on('error', () => res.destroy());
        up.end(Buffer.concat(body));
      }, RTT_MS / 2);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/// The plain-JS baseline: the page as prerendered, its scripts removed, and one small script that
/// flips the toggle and stores the tick, as a hand-written page would.
export function makeToggleBaseline(dist, out, page) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, page), { recursive: true });
  for (const f of readdirSync(dist)) if (f.endsWith('.css') || f === 'favicon.svg') cpSync(join(dist, f), join(out, f));
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload|manifest|apple-touch-icon)"[^>]*>/g, '')
    .replace('</head>', '<script src="/toggle.js" defer></script></head>');
  writeFileSync(join(out, page, 'index.html'), html);
  // The server wants a home page; the same page serves.
  writeFileSync(join(out, 'index.html'), html);
  writeFileSync(join(out, 'toggle.js'), `document.addEventListener("click", (e) => {
  const b = e.target.closest(".watch-toggle");
  if (!b) return;
  const on = b.getAttribute("aria-pressed") !== "true";
  b.setAttribute("aria-pressed", String(on));
  localStorage.setItem("okay-guide.progress", JSON.stringify({ v: 2, watched: on ? [1] : [] }));
});\n`);
}

/// In the page: the first interaction's INP from the Event Timing API, and the times from the tap
/// (its first event's timestamp) to the toggle's new state and to the stored tick.
///
/// INP is the longest duration among the events of the first interaction (one `interactionId`):
/// each runs from the input's timestamp to the next paint after its handlers. Entries under 16 ms
/// are not reported by `event` entries (the API's floor), so the `first-input` entry, which always
/// is, is counted too.
const PROBE = () => {
  window.__tap = { down: null, shown: null, stored: null, first: null, events: [] };
  const keep = (e) => {
    if (!e.interactionId) return;
    window.__tap.first ??= e.interactionId;
    window.__tap.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration,
      delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart });
  };
  try {
    new PerformanceObserver((l) => l.getEntries().forEach(keep)).observe({ type: 'first-input', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach(keep)).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch {}
  for (const type of ['touchstart', 'pointerdown']) {
    addEventListener(type, (e) => { window.__tap.down ??= e.timeStamp; }, true);
  }
  const watch = () => {
    const b = document.querySelector('.watch-toggle');
    if (b?.getAttribute('aria-pressed') === 'true' && window.__tap.down !== null) window.__tap.shown ??= performance.now();
    try {
      if (window.__tap.down !== null && /"watched":\[1/.test(localStorage.getItem('okay-guide.progress') ?? '')) window.__tap.stored ??= performance.now();
    } catch {}
    if (window.__tap.stored === null || window.__tap.shown === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

async function oneTap(context, url, waitAfterLoadMs) {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(waitAfterLoadMs);
  const toggle = page.locator('.watch-toggle').first();
  await toggle.waitFor({ timeout: 30_000 });
  const box = await toggle.boundingBox();
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await new Promise((r) => setTimeout(r, HOLD_MS));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForFunction(() => window.__tap.shown !== null && window.__tap.stored !== null, null, { timeout: 60_000 }).catch(() => {});
  // The paint after the tap ends the interaction's entries; give the observer a frame or two.
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => window.__tap);
  await page.close();
  // The first-input entry repeats the interaction's first event; count each event once.
  const mine = t.events.filter((e, i, all) => e.id === t.first && all.findIndex((f) => f.name === e.name && f.start === e.start) === i);
  const inp = mine.length ? Math.max(...mine.map((e) => e.duration)) : null;
  return {
    inp,
    events: mine,
    shown: t.shown === null ? null : t.shown - t.down,
    stored: t.stored === null ? null : t.stored - t.down,
  };
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

/// Every scenario, `runs` times each: fresh visits (new profile) tapping 3 s and 0.5 s after load,
/// and repeat visits (the service worker installed by an earlier visit, its cache filled through
/// the same slow network).
export async function measureFirstTap(browser, appOrigin, baseOrigin, page, runs) {
  const out = {};
  // BENCH_TAP=regex measures only the scenarios whose names match (the baselines always run).
  const only = process.env.BENCH_TAP ? new RegExp(process.env.BENCH_TAP) : null;
  const scenario = async (name, origin, fresh, wait, saved = false) => {
    if (only && !only.test(name) && !name.startsWith('plain JS')) return;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
      if (!fresh) {
        // A first visit that installs the worker and lets it fill its cache, then a new tab.
        const first = await context.newPage();
        await first.goto(origin + page, { waitUntil: 'load', timeout: 60_000 });
        await first.evaluate(() => navigator.serviceWorker?.ready.then((r) => new Promise((ok) => {
          const w = r.active;
          if (!w || w.state === 'activated') return ok();
          w.addEventListener('statechange', () => w.state === 'activated' && ok());
        }))).catch(() => {});
        await first.waitForTimeout(1000);
        // A returning reader has ticked an episode before, so the app starts as the page loads.
        await first.evaluate((saved) => {
          localStorage.clear();
          if (saved) localStorage.setItem('okay-guide.progress', '{"notes":{},"ratings":{},"rewatches":0,"show_all_spoilers":false,"v":2,"watched":[2]}');
        }, saved);
        await first.close();
      }
      samples.push(await oneTap(context, origin + page, wait));
      await context.close();
    }
    out[name] = {
      inp: median(samples.map((s) => s.inp)),
      inp_max: Math.max(...samples.map((s) => s.inp ?? 0)),
      shown: median(samples.map((s) => s.shown)),
      stored: median(samples.map((s) => s.stored)),
      samples,
    };
  };
  for (const [label, wait] of [['3 s after load', 3000], ['0.5 s after load', 500]]) {
    await scenario(`app, fresh visit, tap ${label}`, appOrigin, true, wait);
    await scenario(`plain JS, fresh visit, tap ${label}`, baseOrigin, true, wait);
    await scenario(`app, repeat visit, tap ${label}`, appOrigin, false, wait);
    await scenario(`app, repeat visit with saved progress, tap ${label}`, appOrigin, false, wait, true);
  }
  return out;
}
