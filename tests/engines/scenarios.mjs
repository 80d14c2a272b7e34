// The smoke scenarios, the same for every engine. Each gets `ctx`:
//   ctx.driver   the engine's driver (see lib/drivers.mjs)
//   ctx.url(p)   the address of path p on this engine's site
//   ctx.site     { origin, statuses, hold(), held, goOffline(), goOnline() } (see lib/site.mjs)
//   ctx.shots    the engine's screenshot folder
//   ctx.chosen   the ids of the scenarios this run runs
//   ctx.shared   an object kept from one scenario to the next (scenarios 1 and 9 share a tour)
//   ctx.skip(r)  ends the scenario as "skipped: r" (only where the engine cannot do it here)
// A scenario passes when it returns, fails when it throws. Console and page errors are checked
// separately (scenario 8) so that each failure says what it is about. They run in the order of
// SCENARIOS (the ids are the README's numbers).
import { join } from 'node:path';
import { counterpart, isKorean, ROUTES } from './routes.mjs';

class Skip extends Error {}
export { Skip };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const MOUNTED = 'okay-guide:mounted';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The app's glue script and wasm (okay-guide-<hash>.js, okay-guide-<hash>_bg.wasm): holding these
// back at the proxy keeps the app from starting, however early the reader acts.
const APP_FILES = /^\/okay-guide-[0-9a-f]+(?:_bg\.wasm|\.js)$/;
const PROGRESS_KEY = 'okay-guide.progress';

/** Brings the app up as a reader would (boot.js: a key press is a sign of use) and waits for it. */
async function startApp(d) {
  if (await d.exists('#prerendered')) await d.press('Shift');
  await waitMounted(d, 'the app mounted (performance mark okay-guide:mounted, #prerendered replaced)');
}

const waitMounted = (d, message) =>
  d.waitFor(
    (mark) => performance.getEntriesByName(mark).length > 0 && !document.getElementById('prerendered') && !!document.querySelector('main#main'),
    { args: [MOUNTED], timeout: 20_000, message },
  );

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

/** The facts not in the <main> of the HTML the host sends for the route (tags read as spaces). */
async function expectServedFacts(ctx, route) {
  const html = await (await fetch(ctx.url(route.path))).text();
  const main = html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  const text = main
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e] ?? m,
    )
    .replace(/\s+/g, ' ');
  const missing = route.facts.filter((f) => !text.includes(f));
  check(missing.length === 0, `${route.path} as served (the markup; the app starts at once on this page): missing in <main>: ${JSON.stringify(missing)}`);
}

/** What the page shows, for failure messages. */
const pageState = (d) =>
  d.evaluate(() => ({
    path: location.pathname + location.search,
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1')?.innerText.replace(/\s+/g, ' ').trim() ?? null,
    mounted: performance.getEntriesByName('okay-guide:mounted').length > 0,
  }));

/** The watch toggle of episode n: { pressed, label } or null. */
const toggleState = (d, n) =>
  d.evaluate((n) => {
    const b = [...document.querySelectorAll('main button.watch-toggle')].find((el) => (el.getAttribute('aria-label') || '').match(new RegExp(`(^|\\D)${n}(\\D|$)`)));
    return b ? { pressed: b.getAttribute('aria-pressed'), label: b.getAttribute('aria-label') } : null;
  }, n);

const storedWatched = (d) =>
  d.evaluate((key) => {
    const s = localStorage.getItem(key);
    return s ? JSON.parse(s).watched ?? null : null;
  }, PROGRESS_KEY);

/**
 * Forget the reader's progress (the tracker's storage), then open `path` as a first visit.
 * Storage is cleared on the page the previous step left (settled: its app had mounted), not by
 * loading a page and reloading it: Firefox reports the requests a reload cuts off ("A
 * ServiceWorker intercepted the request and encountered an unexpected error", preloads that
 * "failed to load") as page errors, which would be the test's own doing.
 */
async function freshVisit(ctx, path) {
  await forgetProgress(ctx);
  await ctx.driver.goto(ctx.url(path));
}

/** Clears the tracker's storage from the page the browser is on, if it is one of the site's. */
async function forgetProgress(ctx) {
  await ctx.driver.evaluate((origin) => {
    if (location.origin === origin) localStorage.clear();
  }, new URL(ctx.url('/')).origin);
}

/**
 * As a fresh browser profile for this site: no stored progress, no service worker, no caches
 * (the HTTP cache stays, but the host sends `no-cache`, so every file is asked for again). Done
 * from a page of the site that has settled (see freshVisit); opens /about/ first if the browser
 * is elsewhere.
 */
async function resetProfile(ctx) {
  const d = ctx.driver;
  const origin = new URL(ctx.url('/')).origin;
  if ((await d.evaluate(() => location.origin)) !== origin) {
    await d.goto(ctx.url('/about/'));
    await startApp(d);
  }
  const left = await d.evaluate(async () => {
    localStorage.clear();
    const sw = navigator.serviceWorker;
    // Let the update the page asked for at load finish first (a second update() joins it), or
    // register-sw.js warns that the registration was removed under it.
    const current = sw && (await sw.getRegistration());
    if (current) await Promise.race([current.update().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
    // Twice, a moment apart: a registration the page's load handler just asked for shows up late.
    for (let round = 0; round < 2; round++) {
      if (sw) for (const r of await sw.getRegistrations()) await r.unregister();
      if (typeof caches !== 'undefined') for (const k of await caches.keys()) await caches.delete(k);
      await new Promise((r) => setTimeout(r, 150));
    }
    return {
      registrations: sw ? (await sw.getRegistrations()).length : 0,
      caches: typeof caches !== 'undefined' ? (await caches.keys()).length : 0,
    };
  });
  check(left.registrations === 0 && left.caches === 0, `could not reset the site's storage: ${JSON.stringify(left)} left`);
}

const swReady = () =>
  (async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const keys = await caches.keys();
    return registration?.active?.state === 'activated' && keys.some((k) => k.startsWith('okay-guide-'));
  })();

/** Checks the route's <h1>, language, language switch, counts, elements and values (app running). */
async function expectShape(d, route) {
  const korean = isKorean(route.path);
  const got = await d.evaluate(
    (count, present, value) => {
      const sw = document.querySelector('header .lang-switch');
      return {
        h1: document.querySelector('h1')?.innerText.replace(/\s+/g, ' ').trim() ?? null,
        lang: document.documentElement.lang,
        switchText: sw ? sw.innerText.trim() : null,
        switchPath: sw ? new URL(sw.href).pathname : null,
        counts: Object.fromEntries(Object.keys(count).map((s) => [s, document.querySelectorAll(s).length])),
        missing: present.filter((s) => !document.querySelector(s)),
        values: Object.fromEntries(Object.keys(value).map((s) => [s, document.querySelector(s)?.value ?? null])),
      };
    },
    route.count ?? {},
    route.present ?? [],
    route.value ?? {},
  );
  const p = route.path;
  if (route.h1) check(got.h1 === route.h1, `${p}: <h1> is ${JSON.stringify(got.h1)}, expected ${JSON.stringify(route.h1)}`);
  check(got.lang === (korean ? 'ko' : 'en'), `${p}: <html lang="${got.lang}">, expected "${korean ? 'ko' : 'en'}"`);
  const switchText = korean ? 'English' : '한국어';
  check(got.switchText === switchText, `${p}: the language switch reads ${JSON.stringify(got.switchText)}, expected ${JSON.stringify(switchText)}`);
  const to = route.switchTo === undefined ? counterpart(p) : route.switchTo;
  if (to !== null) check(got.switchPath === to, `${p}: the language switch leads to ${got.switchPath}, expected ${to}`);
  for (const [selector, n] of Object.entries(route.count ?? {})) {
    check(got.counts[selector] === n, `${p}: ${got.counts[selector]} × ${selector}, expected ${n}`);
  }
  check(got.missing.length === 0, `${p}: no element matches ${JSON.stringify(got.missing)}`);
  for (const [selector, text] of Object.entries(route.value ?? {})) {
    const v = got.values[selector];
    check(typeof v === 'string' && v.includes(text), `${p}: ${selector} holds ${JSON.stringify(v)}, expected it to contain ${JSON.stringify(text)}`);
  }
}

/** Runs `step` and keeps its failure for the end, so one run reports every problem it meets. */
async function collect(problems, step) {
  try {
    await step();
    return true;
  } catch (error) {
    problems.push(error.message);
    return false;
  }
}

/**
 * One visit to every route, for scenarios 1 and 9 (whichever runs first does it; the other reads
 * its findings): each page is opened once as a first visit, at phone size, its facts checked as
 * served and once the app runs, then widened to desktop size and checked again; when scenario 9
 * is in the run, a screenshot is taken at each size. (The guide's layout is CSS only: no script
 * measures the window, so the widened page is the one a desktop reader gets.)
 * Returns { facts: [problem], shots: [problem] }.
 */
function tour(ctx) {
  ctx.shared.tour ??= (async () => {
    const d = ctx.driver;
    const facts = [];
    const shots = [];
    const wantShots = ctx.chosen.has(9);
    const settle = (width) =>
      d.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        return { width: innerWidth, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      }).then((got) => {
        if (got.width !== width) throw new Error(`the viewport is ${got.width} px wide, wanted ${width}`);
        return got.overflow;
      });
    const shoot = async (route, label, width) => {
      if (!wantShots || route.shot === false) return;
      await collect(shots, async () => {
        const overflow = await settle(width);
        if (overflow > 0) shots.push(`${route.path} at ${width}px scrolls sideways by ${overflow}px`);
        // (The next step sets the size again: the driver need not put it back after the shot.)
        await d.screenshot(join(ctx.shots, `${route.name}-${label}.png`), { restore: false });
      });
    };
    for (const route of ROUTES) {
      await d.setViewport(390, 844);
      const loaded = await collect(facts, async () => {
        await freshVisit(ctx, route.path);
        const status = ctx.site.statuses.get(route.path);
        // (A page the service worker answered from its cache never reached the server.)
        if (status !== undefined) check(status === (route.status ?? 200), `${route.path}: HTTP ${status}, expected ${route.status ?? 200}`);
        check((await d.evaluate(() => document.title)).length > 0, `${route.path}: empty <title>`);
        check(await d.evaluate(() => Array.isArray(window.__enginesCapture)), `${route.path}: the error-capture script is not running (scenario 8 would not see this page's errors)`);
        if (!route.liveOnly) {
          // Pages the app starts on by itself (outlook, search, progress, not found) may be live
          // already: their facts as served are then read from the markup the host sends.
          if (await d.exists('#prerendered')) await expectFacts(d, route, 'as served (before the app runs)');
          else await expectServedFacts(ctx, route);
        }
        await startApp(d);
        await expectFacts(d, route, 'once the app runs, at 390 px');
        await expectShape(d, route);
      });
      if (!loaded) continue;
      await shoot(route, 'phone', 390);
      await d.setViewport(1280, 800);
      await collect(facts, () => expectFacts(d, route, 'once the app runs, at 1280 px'));
      await shoot(route, 'desktop', 1280);
    }
    await d.setViewport(1280, 800);
    return { facts, shots };
  })();
  return ctx.shared.tour;
}

export const SCENARIOS = [
  {
    id: 1,
    title: 'every route in English and Korean renders its facts (as served, live at 390 and 1280 px); unknown paths get not-found',
    timeout: 420_000, // 26 pages, 52 screenshots: 1½–4 minutes in WebKit, depending on the load
    async run(ctx) {
      const { facts } = await tour(ctx);
      check(facts.length === 0, facts.join('\n'));
    },
  },
  {
    id: 2,
    title: 'the app waits for the reader (wasm fetched at idle, not run), starts at the first key press, in English and Korean',
    async run(ctx) {
      const d = ctx.driver;
      for (const { path, count } of [
        { path: '/episodes/', count: '0 of 16 watched' },
        { path: '/ko/episodes/', count: '16회 중 0회 시청' },
      ]) {
        await freshVisit(ctx, path);
        await d.evaluate(() => {
          window.__enginesMountedEvents = 0;
          addEventListener('okay-guide:mounted', () => window.__enginesMountedEvents++);
        });
        // A first visit reads like a static page. Once the browser is idle, boot.js fetches and
        // compiles the wasm, and still does not run it.
        const wasmFetched = () => performance.getEntriesByType('resource').some((e) => /_bg\.wasm$/.test(new URL(e.name).pathname));
        await d.waitFor(wasmFetched, { timeout: 10_000, message: `${path}: the wasm fetched at idle after load, without any input` });
        await sleep(300); // a moment for a compiled module to be (wrongly) run
        const before = await d.evaluate(() => ({
          prerendered: !!document.getElementById('prerendered'),
          marks: performance.getEntriesByName('okay-guide:start').length + performance.getEntriesByName('okay-guide:mounted').length,
          events: window.__enginesMountedEvents,
        }));
        check(before.prerendered, `${path}: the prerendered page (#prerendered) was replaced before any input`);
        check(before.marks === 0 && before.events === 0, `${path}: the app started before any input (marks ${before.marks}, mounted events ${before.events})`);
        await d.press('Shift');
        await waitMounted(d, `${path}: the app mounted after a key press`);
        const after = await d.evaluate(() => ({
          events: window.__enginesMountedEvents,
          marks: performance.getEntriesByName('okay-guide:mounted').length,
          start: performance.getEntriesByName('okay-guide:start').length,
        }));
        check(after.events === 1, `${path}: window event okay-guide:mounted fired ${after.events} times, expected 1`);
        check(after.marks === 1 && after.start === 1, `${path}: performance marks: start ${after.start}, mounted ${after.marks}`);
        // The running app reacts: its progress count is drawn by the app from the tracker.
        try {
          await d.waitFor((c) => document.querySelector('.progress__count')?.innerText.trim() === c, { args: [count], timeout: 5_000 });
        } catch {
          const got = await d.text('.progress__count');
          throw new Error(`${path}: the app's progress count reads ${JSON.stringify(got)}, expected ${JSON.stringify(count)}`);
        }
      }
    },
  },
  {
    id: 3,
    title: 'in-app navigation (nav link, episode link, Back) without a page load, in English and Korean',
    async run(ctx) {
      const d = ctx.driver;
      const problems = [];
      for (const c of [
        { home: '/', list: '/episodes/', h1: 'Episodes', one: '/episodes/4/', title: 'Episode 4: Zombie Kid', lang: 'en' },
        { home: '/ko/', list: '/ko/episodes/', h1: '회차', one: '/ko/episodes/4/', title: '4회: 좀비 아이', lang: 'ko' },
      ]) {
        await collect(problems, async () => {
          await freshVisit(ctx, c.home);
          await startApp(d);
          await d.evaluate(() => (window.__enginesSameDocument = true));
          await d.click(`nav.site-nav a[href="${c.list}"]`);
          try {
            await d.waitFor(
              (list, h1) => location.pathname === list && document.querySelector('h1')?.innerText.trim() === h1 && document.querySelectorAll('li.episode-row').length === 16,
              { args: [c.list, c.h1] },
            );
          } catch {
            throw new Error(`${c.home}: after clicking the nav link to ${c.list} the page shows ${JSON.stringify(await pageState(d))} (expected ${c.list}, <h1> ${c.h1}, 16 episode rows)`);
          }
          const state = await d.evaluate((list) => ({
            same: window.__enginesSameDocument === true,
            current: document.querySelector('nav.site-nav a[aria-current="page"]')?.getAttribute('href'),
            lang: document.documentElement.lang,
          }), c.list);
          check(state.same, `${c.home}: the nav link loaded a new document (window variable set before it is gone)`);
          check(state.current === c.list, `${c.list}: aria-current is on the link to ${JSON.stringify(state.current)}`);
          check(state.lang === c.lang, `${c.list}: <html lang="${state.lang}"> after in-app navigation, expected ${c.lang}`);
          await d.click('#episode-4 h2 a');
          try {
            await d.waitFor((one, title) => location.pathname === one && document.title.startsWith(title), { args: [c.one, c.title] });
          } catch {
            throw new Error(`${c.list}: after clicking episode 4 the page shows ${JSON.stringify(await pageState(d))} (expected ${c.one}, title "${c.title}…")`);
          }
          await d.evaluate(() => history.back());
          try {
            await d.waitFor((list) => location.pathname === list && document.querySelectorAll('li.episode-row').length === 16, { args: [c.list] });
          } catch {
            throw new Error(`${c.one}: Back shows ${JSON.stringify(await pageState(d))}, expected ${c.list}`);
          }
          check(await d.evaluate(() => window.__enginesSameDocument === true), `${c.one}: Back loaded a new document`);
        });
      }
      check(problems.length === 0, problems.join('\n'));
    },
  },
  {
    id: 4,
    title: 'tracker: the Watched toggle pressed before the app runs shows at once, is carried out, stored, and survives a reload',
    async run(ctx) {
      const d = ctx.driver;
      const OFF = 'main button.watch-toggle[aria-label="Watched, episode 1"]';
      const ON = 'main button.watch-toggle[aria-pressed="true"][aria-label="Watched, episode 1"]';
      // A fresh profile, and a slow network for the app's own files only: the page is there, the
      // app cannot start until they are let through, so the press is certainly an early one.
      await resetProfile(ctx);
      const release = ctx.site.hold(APP_FILES);
      try {
        await d.goto(ctx.url('/episodes/1/'));
        await d.evaluate(() => {
          window.__enginesPress = null;
          addEventListener(
            'click',
            (event) => {
              const button = event.target.closest?.('button.watch-toggle');
              if (!button) return;
              const record = { appRunning: performance.getEntriesByName('okay-guide:mounted').length > 0, prerendered: !!document.getElementById('prerendered') };
              window.__enginesPress = record;
              // Read once this click has been handled (boot.js's listener), in the same task's wake.
              setTimeout(() => {
                record.pressed = button.getAttribute('aria-pressed');
                record.label = button.getAttribute('aria-label');
              }, 0);
            },
            true,
          );
        });
        check(await d.exists('#prerendered'), 'the page did not arrive prerendered');
        check(await d.exists(OFF), `no unpressed toggle ${OFF} on the page as served`);
        await d.click(OFF);
        const now = await d.evaluate(() => {
          const b = document.querySelector('main button.watch-toggle');
          return { pressed: b?.getAttribute('aria-pressed'), label: b?.getAttribute('aria-label'), press: window.__enginesPress, mounted: performance.getEntriesByName('okay-guide:mounted').length > 0 };
        });
        check(now.press, 'the click did not reach the page');
        check(!now.press.appRunning && now.press.prerendered && !now.mounted, `the app was already running when the toggle was pressed (${JSON.stringify(now)}): not an early press`);
        check(now.press.pressed === 'true' && now.pressed === 'true', `right after the early press aria-pressed is ${JSON.stringify(now.press.pressed)} (now ${JSON.stringify(now.pressed)}), expected "true" at once`);
        check(now.label === 'Watched, episode 1', `right after the early press the toggle's name is ${JSON.stringify(now.label)}, expected it unchanged, "Watched, episode 1"`);
        // (The request reaches the proxy a moment after the press in WebKit: its network process.)
        for (let i = 0; i < 50 && !ctx.site.held.some((p) => APP_FILES.test(p)); i++) await sleep(100);
        check(ctx.site.held.some((p) => APP_FILES.test(p)), `the app's files were not asked for after the press (held: ${JSON.stringify(ctx.site.held)})`);
        check(!(await d.evaluate(() => performance.getEntriesByName('okay-guide:mounted').length > 0)), 'the app mounted while its files were held back');
      } finally {
        release();
      }
      await waitMounted(d, 'the app mounted once its files came through (the press had started it)');
      try {
        await d.waitFor(
          (on, key) => !!document.querySelector(on) && JSON.parse(localStorage.getItem(key) || '{}').watched?.join() === '1',
          { args: [ON, PROGRESS_KEY], timeout: 10_000 },
        );
      } catch {
        throw new Error(`after the app mounted: toggle ${JSON.stringify(await toggleState(d, 1))}, stored watched ${JSON.stringify(await storedWatched(d))}; expected pressed and [1]`);
      }
      await sleep(500); // the press must be carried out once, not undone by a second replay
      check((await toggleState(d, 1))?.pressed === 'true' && (await storedWatched(d))?.join() === '1', `half a second later: toggle ${JSON.stringify(await toggleState(d, 1))}, stored ${JSON.stringify(await storedWatched(d))}`);
      await d.reload();
      // Stored progress starts the app at once (no key press here).
      await waitMounted(d, 'the app started by itself after a reload, for a reader with stored progress');
      try {
        await d.waitFor(ON, { timeout: 5_000 });
      } catch {
        throw new Error(`after the reload the toggle is ${JSON.stringify(await toggleState(d, 1))}, expected still pressed`);
      }
    },
  },
  {
    id: 5,
    title: 'spoilers: episode 13 reveals Do Hui-jae after marking; the map shows Park Haeng-ja as mother only then (English and Korean)',
    async run(ctx) {
      const d = ctx.driver;
      const SECRET = 'Do Hui-jae';
      const motherLinks = (who, label) =>
        d.evaluate(
          (who, label) => ({
            list: [...document.querySelectorAll('ul.connections > li')].filter((li) => li.querySelector('.connection__who')?.innerText.includes(who) && li.querySelector('.connection__what strong')?.innerText.trim() === label).length,
            tags: [...document.querySelectorAll('svg.relmap__svg text')].filter((t) => t.textContent.trim() === label).length,
          }),
          who,
          label,
        );
      await freshVisit(ctx, '/relationships/');
      await startApp(d);
      const mapBefore = await motherLinks('Park Haeng-ja', 'mother and daughter');
      check(mapBefore.list === 0, '/relationships/: Park Haeng-ja is listed as "mother and daughter" before episode 13 is marked');
      check(!(await d.evaluate((s) => document.documentElement.outerHTML.includes(s), SECRET)), `/relationships/: "${SECRET}" in the markup before episode 13 is marked`);

      await d.goto(ctx.url('/episodes/13/'));
      await startApp(d);
      const before = await d.evaluate((s) => ({
        inMarkup: document.documentElement.outerHTML.includes(s),
        reveal: [...document.querySelectorAll('main button.spoiler__reveal')].map((b) => b.innerText.trim()),
      }), SECRET);
      check(!before.inMarkup, `"${SECRET}" is in the page's markup before episode 13 is marked`);
      check(before.reveal.includes('Reveal spoiler (episode 13)'), `no "Reveal spoiler (episode 13)" button (found ${JSON.stringify(before.reveal)})`);
      await d.click('main button.watch-toggle[aria-label="Watched, episode 13"]');
      await d.waitFor((s) => document.querySelector('main')?.innerText.includes(s) && !!document.querySelector('main .spoiler__text'), {
        args: [SECRET],
        message: `"${SECRET}" shown on /episodes/13/ after marking episode 13`,
      });
      check((await d.count('main button.spoiler__reveal')) === 0, 'a reveal button is left on /episodes/13/ after marking episode 13');

      const shown = async (path, text) => {
        await d.goto(ctx.url(path));
        await waitMounted(d, `${path}: the app started by itself (stored progress)`);
        try {
          await d.waitFor((s) => document.querySelector('main')?.innerText.includes(s), { args: [text], timeout: 10_000 });
        } catch {
          throw new Error(`"${text}" not shown on ${path} once episode 13 is marked (page: ${JSON.stringify(await pageState(d))})`);
        }
      };
      await shown('/cast/park-haeng-ja/', SECRET);
      await shown('/relationships/', 'mother and daughter');
      const mapAfter = await motherLinks('Park Haeng-ja', 'mother and daughter');
      check(mapAfter.list === 1, `/relationships/: ${mapAfter.list} connection(s) of Park Haeng-ja labelled "mother and daughter" after episode 13 is marked, expected 1`);
      check(mapAfter.tags === mapBefore.tags + 1, `/relationships/: the map's "mother and daughter" tags went from ${mapBefore.tags} to ${mapAfter.tags}, expected one more`);
      await shown('/ko/relationships/', '엄마와 딸');
      const koMap = await motherLinks('박행자', '엄마와 딸');
      check(koMap.list === 1, `/ko/relationships/: ${koMap.list} connection(s) of 박행자 labelled "엄마와 딸" after episode 13 is marked, expected 1`);
      await shown('/ko/episodes/13/', '도희재');
    },
  },
  {
    id: 6,
    title: 'search: "red shoes" and Hangul "문강태" give results, in the English and the Korean interface',
    async run(ctx) {
      const d = ctx.driver;
      const problems = [];
      for (const { page, cases, summary } of [
        {
          page: '/search/',
          summary: (q) => new RegExp(`^\\d+ results? for “${q}”`),
          cases: [
            { q: 'red shoes', expect: 'Episode 2: The Lady in Red Shoes' },
            { q: '문강태', expect: 'Moon Gang-tae' },
          ],
        },
        {
          page: '/ko/search/',
          summary: (q) => new RegExp(`^“${q}” 검색 결과 \\d+건`),
          cases: [
            { q: 'red shoes', expect: '2회: 빨간 구두 아가씨' },
            { q: '문강태', expect: '문강태' },
          ],
        },
      ]) {
        await freshVisit(ctx, page);
        await startApp(d);
        for (const { q, expect } of cases) {
          await collect(problems, async () => {
            await d.type('#search-input', q);
            try {
              await d.waitFor(
                (e) => [...document.querySelectorAll('.search__results li')].some((li) => li.innerText.includes(e)),
                { args: [expect] },
              );
            } catch {
              const seen = await d.evaluate(() => ({
                value: document.querySelector('#search-input')?.value,
                summary: document.querySelector('.search__summary')?.innerText,
                results: [...document.querySelectorAll('.search__results li')].map((li) => li.innerText).slice(0, 5),
              }));
              throw new Error(`${page} "${q}": no result containing "${expect}"; page shows ${JSON.stringify(seen)}`);
            }
            const status = (await d.text('.search__summary'))?.trim() ?? '';
            check(summary(q).test(status), `${page} "${q}": status line says ${JSON.stringify(status)}`);
            const query = await d.evaluate(() => new URLSearchParams(location.search).get('q'));
            check(query === q, `${page} "${q}": the address has ?q=${JSON.stringify(query)}`);
          });
        }
      }
      check(problems.length === 0, problems.join('\n'));
    },
  },
  {
    id: 10,
    title: 'language switch: /episodes/4/ → "한국어" → /ko/episodes/4/ (lang ko, Korean title, progress kept) → "English" → back',
    async run(ctx) {
      const d = ctx.driver;
      const problems = [];
      await freshVisit(ctx, '/episodes/4/');
      await startApp(d);
      await d.click('main button.watch-toggle[aria-label="Watched, episode 4"]');
      await d.waitFor((key) => JSON.parse(localStorage.getItem(key) || '{}').watched?.join() === '4', {
        args: [PROGRESS_KEY],
        message: 'episode 4 marked and stored before switching',
      });
      await d.evaluate(() => (window.__enginesSameDocument = true));
      for (const step of [
        { from: '/episodes/4/', link: '한국어', to: '/ko/episodes/4/', lang: 'ko', title: '4회: 좀비 아이', label: '봤어요, 4회', back: 'English' },
        { from: '/ko/episodes/4/', link: 'English', to: '/episodes/4/', lang: 'en', title: 'Episode 4: Zombie Kid', label: 'Watched, episode 4', back: '한국어' },
      ]) {
        const text = (await d.text('header .lang-switch'))?.trim();
        if (text !== step.link) {
          problems.push(`on ${step.from}: the language switch reads ${JSON.stringify(text)}, expected ${JSON.stringify(step.link)}`);
          break;
        }
        await d.click('header .lang-switch');
        try {
          await d.waitFor(
            (to, lang, title) => location.pathname === to && document.documentElement.lang === lang && document.title.startsWith(title),
            { args: [step.to, step.lang, step.title], timeout: 6_000 },
          );
        } catch {
          problems.push(`clicking "${step.link}" on ${step.from}: the page shows ${JSON.stringify(await pageState(d))}; expected address ${step.to}, <html lang="${step.lang}">, title "${step.title}…"`);
        }
        await collect(problems, async () => {
          await d.waitFor((label) => !!document.querySelector(`main button.watch-toggle[aria-pressed="true"][aria-label="${label}"]`), {
            args: [step.label],
            timeout: 5_000,
          }).catch(async () => {
            throw new Error(`after "${step.link}": episode 4's toggle is ${JSON.stringify(await toggleState(d, 4))}, expected pressed with label "${step.label}" (stored: ${JSON.stringify(await storedWatched(d))})`);
          });
          const back = (await d.text('header .lang-switch'))?.trim();
          check(back === step.back, `after "${step.link}": the language switch reads ${JSON.stringify(back)}, expected ${JSON.stringify(step.back)}`);
        });
      }
      const same = await d.evaluate(() => window.__enginesSameDocument === true);
      if (!same) ctx.driver.notes.add('the language switch loaded a new document (allowed: it is a plain link)');
      check(problems.length === 0, problems.join('\n'));
    },
  },
  {
    id: 7,
    title: 'offline after one visit (service worker; server stopped): visited page, unvisited English and Korean pages, unknown Korean address',
    async run(ctx) {
      const d = ctx.driver;
      await resetProfile(ctx);
      await d.goto(ctx.url('/'));
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
            .then((r) => (r ? `registration state: installing=${!!r.installing} waiting=${!!r.waiting} active=${r.active?.state}` : 'no registration')),
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
        for (const page of [
          { path: '/episodes/16/', facts: ['Episode 16 of 16', 'Finding the Real, Real Face', 'Sunday, 9 August 2020', '7.3%'], lang: 'en' },
          { path: '/ko/episodes/16/', facts: ['전체 16회 중 16회', '진짜 진짜 얼굴을 찾아서', '2020년 8월 9일', '7.3%'], lang: 'ko' },
          { path: '/ko/cast/oh-ji-wang/', facts: ['오지왕', '김창완'], lang: 'ko' },
          { path: '/ko/no-such-page-offline/', facts: ['페이지를 찾을 수 없습니다', '가이드 첫 화면으로'], lang: 'ko' },
        ]) {
          await d.goto(ctx.url(page.path));
          await startApp(d);
          await expectFacts(d, page, 'opened offline, never visited before');
          const lang = await d.evaluate(() => document.documentElement.lang);
          check(lang === page.lang, `${page.path} offline: <html lang="${lang}">, expected ${page.lang}`);
        }
      } finally {
        await ctx.site.goOnline();
      }
    },
  },
  {
    id: 9,
    title: 'screenshots of every page type in English and Korean at 390 px (phone) and 1280 px (desktop), no sideways scroll',
    timeout: 420_000, // (the tour, when scenario 1 is not in the run)
    async run(ctx) {
      const { shots } = await tour(ctx);
      check(shots.length === 0, shots.join('\n'));
    },
  },
];

/** Scenario 8 is the sum of the errors each scenario left; run.mjs reports it under this title. */
export const ERRORS_SCENARIO = { id: 8, title: 'no page error and no console error on any page' };
