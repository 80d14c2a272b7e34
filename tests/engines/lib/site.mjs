// The guide as the browsers see it: tools/serve.py serving the build (the same strict static host
// the Playwright tests use), and in front of it one small pass-through proxy per engine.
//
// Why a proxy in front:
// - "Offline" is simulated by stopping the proxy (listener closed, open keep-alive connections
//   destroyed): neither engine can be switched offline here (puppeteer's setOfflineMode is not
//   implemented over WebDriver BiDi in Firefox; classic WebDriver for WebKit has no such command).
//   The proxy comes back on the same port afterwards, so the origin (and the service worker's
//   scope and the page's storage) stays the same.
// - Each engine gets its own origin (its own port), so one engine's service worker and storage
//   never meet the other's.
// - It can hold back the requests for some files (`hold(pattern)`) until told to let them through:
//   a slow network, on demand, so that a test can act before the app has started.
// - For WebKit only, it adds one tag to HTML responses, first thing in <head>:
//   <script src="/__engines__/capture.js"></script>. WebKitWebDriver offers no console or error
//   events (no BiDi, no log endpoint, and MiniBrowser does not write console messages to stdout
//   under automation), so a same-origin script (allowed by the page's CSP `script-src 'self'`) has
//   to record errors before any of the page's own scripts run. Everything else is passed through
//   byte for byte, with the upstream status and headers.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, pollUntil, startProcess, onCleanup, withTimeout } from './proc.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
// tools/serve.py of the checkout this folder is in (SERVE_PY overrides it).
const SERVE_PY = process.env.SERVE_PY ?? join(HERE, '..', '..', '..', 'tools', 'serve.py');
export const CAPTURE_PATH = '/__engines__/capture.js';
export const CAPTURE_SOURCE = readFileSync(join(HERE, 'capture.js'), 'utf8');

/** tools/serve.py on a free port, answering missing paths with 404.html (GitHub Pages style). */
export async function startUpstream(dist, log) {
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const server = startProcess('serve.py', 'python3', [SERVE_PY, '--dir', dist, '--port', String(port), '--missing', 'pages']);
    const origin = `http://127.0.0.1:${port}`;
    try {
      await pollUntil(async () => !server.exited() && (await fetch(`${origin}/`)).ok, 10_000, 'serve.py answers');
      log?.(`serve.py: ${dist} at ${origin}`);
      return { origin, port, stop: server.stop };
    } catch (error) {
      lastError = `${error.message}: ${server.output()}`;
      await server.stop();
    }
  }
  throw new Error(`serve.py did not start: ${lastError}`);
}

/**
 * A pass-through proxy to `upstream` on its own free port. `inject: true` adds the capture script
 * to HTML responses. `goOffline()` / `goOnline()` stop and restart it on the same port.
 * `statuses` records the last status per path (classic WebDriver cannot read it from the page).
 * `hold(pattern)` keeps every request whose path matches the RegExp waiting (not answered) until
 * the function it returns is called; `held` lists the paths waiting now.
 */
export async function startFront(upstream, { inject = false } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const statuses = new Map();
  let server = null;
  let holding = null; // { pattern, waiting: [{ path, go }] }

  const handler = (req, res) => {
    if (holding && holding.pattern.test(req.url.split('?')[0])) {
      holding.waiting.push({ path: req.url, go: () => pass(req, res) });
      return;
    }
    pass(req, res);
  };
  const pass = (req, res) => {
    if (inject && req.url === CAPTURE_PATH) {
      // Cacheable, so that offline (server down) the service worker's network fallback still
      // finds it in the HTTP cache; it is not in the build's precache list.
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'max-age=3600' });
      res.end(CAPTURE_SOURCE);
      return;
    }
    const headers = { ...req.headers };
    if (inject) delete headers['accept-encoding']; // serve.py does not compress anyway; be sure
    const up = http.request(`${upstream.origin}${req.url}`, { method: req.method, headers }, (upRes) => {
      statuses.set(req.url.split('?')[0], upRes.statusCode);
      const type = String(upRes.headers['content-type'] || '');
      if (!inject || !type.startsWith('text/html') || req.method === 'HEAD') {
        res.writeHead(upRes.statusCode, upRes.headers);
        upRes.pipe(res);
        return;
      }
      const chunks = [];
      upRes.on('data', (c) => chunks.push(c));
      upRes.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        const tag = `<script src="${CAPTURE_PATH}"></script>`;
        // First thing in <head>, before the boot script, register-sw.js and the app.
        const changed = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
        const body = Buffer.from(changed, 'utf8');
        const out = { ...upRes.headers, 'content-length': String(body.length) };
        delete out['transfer-encoding'];
        res.writeHead(upRes.statusCode, out);
        res.end(body);
      });
    });
    up.setTimeout(15_000, () => up.destroy(new Error('upstream timeout')));
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`proxy: ${e.message}`);
    });
    req.pipe(up);
  };

  const listen = () =>
    new Promise((resolve, reject) => {
      const s = http.createServer(handler);
      s.keepAliveTimeout = 2_000;
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve();
      });
    });
  const close = async () => {
    if (!server) return;
    const s = server;
    server = null;
    const closed = new Promise((r) => s.close(() => r()));
    s.closeAllConnections(); // keep-alive sockets too: the browser must find nothing there
    await withTimeout(closed, 5_000, 'proxy close');
  };

  const hold = (pattern) => {
    const mine = { pattern, waiting: [] };
    holding = mine;
    return () => {
      if (holding === mine) holding = null;
      for (const w of mine.waiting.splice(0)) w.go();
    };
  };

  await listen();
  const stop = onCleanup(`proxy ${origin}`, close);
  return {
    origin,
    statuses,
    hold,
    get held() {
      return holding ? holding.waiting.map((w) => w.path) : [];
    },
    goOffline: close,
    goOnline: () => (server ? Promise.resolve() : listen()),
    stop,
  };
}
