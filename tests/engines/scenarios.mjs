// The smoke scenarios, the same for every engine. Each gets `ctx`:
//   ctx.driver   the engine's driver (see lib/drivers.mjs)
//   ctx.url(p)   the address of path p on this engine's site
//   ctx.site     { origin, statuses, goOffline(), goOnline() } (see lib/site.mjs)
//   ctx.shots    the engine's screenshot folder
//   ctx.skip(r)  ends the scenario as "skipped: r" (only where the engine cannot do it here)
// A scenario passes when it returns, fails when it throws. Console and page errors are checked
// separately (scenario 8) so that each failure says what it is about.
import { join } from 'node:path';
import { ROUTES } from './routes.mjs';

class Skip extends Error {}
export { Skip };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const MOUNTED = 'okay-guide:mounted';

/** Brings the app up as a reader would (boot.js: a key press is a sign of use) and waits for it. */
async function startApp(d) {
  if (await d.exists('#prerendered')) await d.press('Shift');
  await d.waitFor(
    (mark) => performance.getEntriesByName(mark).length > 0 && !document.getElementById('prerendered') && !!document.querySelector('main#main'),
    { args: [MOUNTED], timeout: 20_000, message: `the app mounted (performance mark ${MOUNTED}, #prerendered replaced)` },
  );
}

/** The facts not (yet) in <main>. */
const missingFacts = (d, facts) =>
  d.evaluate((fs) => {
    const main = document.querySelector('main');
    const text = main ? main.innerText : '';
    return fs.filter((f) => !text.includes(f));
  }, facts);

async function expectFacts(d, route, when) {
  let missing = [];
  try {
    await d.waitFor((fs) => {
      const main = document.querySelector('main');
      return !!main && fs.every((f) => main.innerText.includes(f));
    }, { args: [route.facts], timeout: 10_000 });
  } catch {
    missing = await missingFacts(d, route.facts);
  }
  check(missing.length === 0, `${route.path} ${when}: missing in <main>: ${JSON.stringify(missing)}`);
}

/**
 * Forget the reader's progress (the tracker's storage), then open `path` as a first visit.
 * Storage is cleared on the page the previous step left (settled: its app had mounted), not by
 * loading a page and reloading it: Firefox reports the requests a reload cuts off ("A
 * ServiceWorker intercepted the request and encountered an unexpected error", preloads that
 * "failed to load") as page errors, which would be the test's own doing.
 */
async function freshVisit(ctx, path) {
  const d = ctx.driver;
  await d.evaluate((origin) => {
    if (location.origin === origin) localStorage.clear();
  }, new URL(ctx.url('/')).origin);
  await d.goto(ctx.url(path));
}

const swReady = () =>
  (async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const keys = await caches.keys();
    return registration?.active?.state === 'activated' && keys.some((k) => k.startsWith('okay-guide-'));
  })();

export const SCENARIOS = [
  {
    id: 1,
    title: 'every route renders its facts (prerendered and live), unknown path gets not-found',
    async run(ctx) {
      const d = ctx.driver;
      for (const route of ROUTES) {
        await freshVisit(ctx, route.path);
        const status = ctx.site.statuses.get(route.path);
        // (A page the service worker answered from its cache never reached the server.)
        if (status !== undefined) check(status === (route.status ?? 200), `${route.path}: HTTP ${status}, expected ${route.status ?? 200}`);
        check((await d.evaluate(() => document.title)).length > 0, `${route.path}: empty <title>`);
        check(await d.evaluate(() => Array.isArray(window.__enginesCapture)), `${route.path}: the error-capture script is not running (scenario 8 would not see this page's errors)`);
        await expectFacts(d, route, 'as served (before the app runs)');
        await startApp(d);
        await expectFacts(d, route, 'once the app runs');
        if (route.h1) {
          const h1 = (await d.text('h1'))?.trim();
          check(h1 === route.h1, `${route.path}: <h1> is ${JSON.stringify(h1)}, expected ${JSON.stringify(route.h1)}`);
        }
        for (const [selector, n] of Object.entries(route.count ?? {})) {
          const got = await d.count(selector);
          check(got === n, `${route.path}: ${got} × ${selector}, expected ${n}`);
        }
      }
    },
  },
  {
    id: 2,
    title: 'the app starts at the first key press (mounted event and performance mark)',
    async run(ctx) {
      const d = ctx.driver;
      await freshVisit(ctx, '/episodes/');
      // A first visit reads like a static page: no wasm until the reader does something.
      const before = await d.evaluate(() => {
        window.__enginesMountedEvents = 0;
        addEventListener('okay-guide:mounted', () => window.__enginesMountedEvents++);
        return {
          prerendered: !!document.getElementById('prerendered'),
          wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length,
          marks: performance.getEntriesByName('okay-guide:mounted').length,
        };
      });
      check(before.prerendered, 'the page should arrive prerendered (#prerendered)');
      check(before.marks === 0, 'the app mounted before any input');
      check(before.wasm === 0, `the wasm was fetched before any input (${before.wasm} request(s))`);
      await d.press('Shift');
      await startApp(d);
      const after = await d.evaluate(() => ({
        events: window.__enginesMountedEvents,
        marks: performance.getEntriesByName('okay-guide:mounted').length,
        start: performance.getEntriesByName('okay-guide:start').length,
        wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length,
      }));
      check(after.events === 1, `window event okay-guide:mounted fired ${after.events} times, expected 1`);
      check(after.marks === 1 && after.start === 1, `performance marks: start ${after.start}, mounted ${after.marks}`);
      // (The wasm may come from the service worker's cache; it is a resource of the page either way.)
      check(after.wasm >= 1, 'no .wasm among the page\'s resources after the app started');
      // The running app reacts: its progress count is drawn by the app from the tracker.
      await d.waitFor(() => document.querySelector('.progress__count')?.innerText.trim() === '0 of 16 watched', {
        message: 'the app shows "0 of 16 watched"',
      });
    },
  },
  {
    id: 3,
    title: 'in-app navigation: nav link changes URL and heading without a page load',
    async run(ctx) {
      const d = ctx.driver;
      await freshVisit(ctx, '/');
      await startApp(d);
      await d.evaluate(() => (window.__enginesSameDocument = true));
      await d.click('nav.site-nav a[href$="/episodes/"]');
      await d.waitFor(
        () => location.pathname === '/episodes/' && document.querySelector('h1')?.innerText.trim() === 'Episodes' && document.querySelectorAll('li.episode-row').length === 16,
        { message: 'URL /episodes/, <h1> "Episodes" and 16 episode rows after clicking the nav link' },
      );
      const state = await d.evaluate(() => ({
        same: window.__enginesSameDocument === true,
        current: document.querySelector('nav.site-nav a[aria-current="page"]')?.innerText.trim(),
        navigations: performance.getEntriesByType('navigation').length,
      }));
      check(state.same, 'the click loaded a new document (window variable set before it is gone)');
      check(state.current === 'Episodes', `aria-current is on ${JSON.stringify(state.current)}, expected "Episodes"`);
      await d.click('#episode-4 h2 a');
      await d.waitFor(() => location.pathname === '/episodes/4/' && document.title.startsWith('Episode 4'), {
        message: 'URL /episodes/4/ and title "Episode 4…" after clicking the row',
      });
      await d.evaluate(() => history.back());
      await d.waitFor(() => location.pathname === '/episodes/' && document.querySelectorAll('li.episode-row').length === 16, {
        message: 'Back returns to /episodes/',
      });
      check(await d.evaluate(() => window.__enginesSameDocument === true), 'Back loaded a new document');
    },
  },
  {
    id: 4,
    title: 'tracker: "Mark episode 1 as watched" survives a reload',
    async run(ctx) {
      const d = ctx.driver;
      await freshVisit(ctx, '/episodes/1/');
      // Pressed on the prerendered page, before the app runs: boot.js keeps the press and the app
      // carries it out once it has started.
      await d.click('button[aria-label="Mark episode 1 as watched"]');
      await startApp(d);
      await d.waitFor('button.watch-toggle--on[aria-label="Mark episode 1 as unwatched"]', {
        message: 'the toggle says "Mark episode 1 as unwatched" after the press',
      });
      const stored = await d.evaluate(() => localStorage.getItem('okay-guide.progress'));
      check(stored && JSON.parse(stored).watched?.join() === '1', `stored progress is ${stored}`);
      await d.reload();
      // Stored progress starts the app at once (no key press here).
      await d.waitFor((m) => performance.getEntriesByName(m).length > 0, { args: [MOUNTED], timeout: 20_000, message: 'the app started by itself for a reader with stored progress' });
      await d.waitFor('button.watch-toggle--on[aria-label="Mark episode 1 as unwatched"]', { message: 'still marked after reload' });
      const box = (await d.text('button.watch-toggle--on .watch-toggle__box'))?.trim();
      check(box === '✓', `the toggle's box shows ${JSON.stringify(box)}, expected "✓"`);
    },
  },
  {
    id: 5,
    title: 'spoiler: absent before marking episode 13, shown after (and on the character page)',
    async run(ctx) {
      const d = ctx.driver;
      const SECRET = 'Do Hui-jae';
      await freshVisit(ctx, '/episodes/13/');
      await startApp(d);
      const before = await d.evaluate((s) => ({
        inMarkup: document.documentElement.outerHTML.includes(s),
        reveal: [...document.querySelectorAll('main button.spoiler__reveal')].map((b) => b.innerText.trim()),
      }), SECRET);
      check(!before.inMarkup, `"${SECRET}" is in the page's markup before episode 13 is marked`);
      check(before.reveal.includes('Reveal spoiler (episode 13)'), `no "Reveal spoiler (episode 13)" button (found ${JSON.stringify(before.reveal)})`);
      await d.click('button[aria-label="Mark episode 13 as watched"]');
      await d.waitFor((s) => document.querySelector('main')?.innerText.includes(s) && !!document.querySelector('main .spoiler__text'), {
        args: [SECRET],
        message: `"${SECRET}" shown after marking episode 13`,
      });
      check((await d.count('main button.spoiler__reveal')) === 0, 'a reveal button is left after marking episode 13');
      await d.goto(ctx.url('/cast/park-haeng-ja/'));
      await startApp(d);
      await d.waitFor((s) => document.querySelector('main')?.innerText.includes(s), {
        args: [SECRET],
        message: `"${SECRET}" on /cast/park-haeng-ja/ once episode 13 is marked`,
      });
    },
  },
  {
    id: 6,
    title: 'search: "red shoes" and Hangul "문강태" give results',
    async run(ctx) {
      const d = ctx.driver;
      await freshVisit(ctx, '/search/');
      await startApp(d);
      const cases = [
        { q: 'red shoes', expect: 'Episode 2: The Lady in Red Shoes' },
        { q: '문강태', expect: 'Moon Gang-tae' },
      ];
      for (const { q, expect } of cases) {
        await d.type('#search-input', q);
        let got;
        try {
          got = await d.waitFor(
            (e) => {
              const items = [...document.querySelectorAll('.search__results li')].map((li) => li.innerText);
              return items.length > 0 && items.some((t) => t.includes(e)) ? items : false;
            },
            { args: [expect], message: `results for ${q}` },
          );
        } catch {
          const seen = await d.evaluate(() => ({
            value: document.querySelector('#search-input')?.value,
            summary: document.querySelector('.search__summary')?.innerText,
            results: [...document.querySelectorAll('.search__results li')].map((li) => li.innerText).slice(0, 5),
          }));
          throw new Error(`search "${q}": no result containing "${expect}"; page shows ${JSON.stringify(seen)}`);
        }
        check(got.length >= 1, `search "${q}" gave no results`);
        const status = (await d.text('.search__summary'))?.trim() ?? '';
        check(/\d+ results? for/.test(status), `search "${q}": status line says ${JSON.stringify(status)}`);
        const query = await d.evaluate(() => new URLSearchParams(location.search).get('q'));
        check(query === q, `search "${q}": the address has ?q=${JSON.stringify(query)}`);
      }
    },
  },
  {
    id: 7,
    title: 'offline after one visit (service worker; server stopped): visited and unvisited page',
    async run(ctx) {
      const d = ctx.driver;
      await freshVisit(ctx, '/');
      await startApp(d);
      if (!(await d.evaluate(() => 'serviceWorker' in navigator && typeof caches !== 'undefined'))) {
        ctx.skip('no navigator.serviceWorker / caches in this engine here');
      }
      try {
        await d.waitFor(swReady, { timeout: 30_000, message: 'service worker active with the build cached' });
      } catch (error) {
        const why = await d.evaluate(() =>
          navigator.serviceWorker
            .getRegistration()
            .then((r) => (r ? `registration state: installing=${!!r.installing} waiting=${!!r.waiting} active=${r.active?.state}` : navigator.serviceWorker.register('sw.js').then(() => 'registered only on a second try', (e) => `register() failed: ${e.message}`))),
        );
        throw new Error(`${error.message}; ${why}`);
      }
      if (!(await d.evaluate(() => !!navigator.serviceWorker.controller))) {
        // The first page's navigation started before the worker was active; the next visit is controlled.
        await d.reload();
        await startApp(d);
      }
      await d.waitFor(() => !!navigator.serviceWorker.controller, { message: 'the service worker controls the page' });
      const visited = ROUTES.find((r) => r.path === '/cast/');
      await d.goto(ctx.url(visited.path));
      await startApp(d);

      await ctx.site.goOffline();
      try {
        const down = await fetch(ctx.url('/')).then(() => false, () => true);
        check(down, 'the server still answers after being stopped');
        await d.reload();
        await startApp(d);
        await expectFacts(d, visited, 'reloaded offline');
        const unvisited = ROUTES.find((r) => r.path === '/episodes/16/');
        await d.goto(ctx.url(unvisited.path));
        await startApp(d);
        await expectFacts(d, unvisited, 'opened offline, never visited before');
      } finally {
        await ctx.site.goOnline();
      }
    },
  },
  {
    id: 9,
    title: 'screenshots of every route at 390 px (phone) and 1280 px (desktop), no sideways scroll',
    async run(ctx) {
      const d = ctx.driver;
      const problems = [];
      for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]]) {
        await d.setViewport(width, height);
        const vp = await d.viewport();
        check(vp.width === width, `${label}: viewport is ${vp.width}×${vp.height}, wanted ${width}×${height}`);
        for (const route of ROUTES) {
          await d.goto(ctx.url(route.path));
          await startApp(d);
          await d.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))));
          const overflow = await d.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${route.path} at ${width}px scrolls sideways by ${overflow}px`);
          await d.screenshot(join(ctx.shots, `${route.name}-${label}.png`));
        }
      }
      await d.setViewport(1280, 800);
      check(problems.length === 0, problems.join('; '));
    },
  },
];

/** Scenario 8 is the sum of the errors each scenario left; run.mjs reports it under this title. */
export const ERRORS_SCENARIO = { id: 8, title: 'no page error and no console error on any page' };
