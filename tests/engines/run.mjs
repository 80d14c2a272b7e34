#!/usr/bin/env node
// Smoke tests of the built guide in Firefox (Gecko) and WebKit (WebKitGTK MiniBrowser).
//
//   node tests/engines/run.mjs [--dist DIR] [--engines firefox,webkit] [--only 1,4,6] [--serial]
//
// DIR defaults to $DIST or ../../dist (a release build: `make build`). Starts tools/serve.py on a
// free port, runs every scenario of scenarios.mjs in each engine (the engines side by side, each
// on its own origin; --serial: one after the other), prints one PASS / FAIL / SKIP line per
// scenario and engine as it ends and all of them grouped by engine at the end, writes screenshots
// to screenshots/<engine>/, and exits non-zero if anything failed. Everything it starts (server, Xvfb, WebKitWebDriver, browsers) is
// stopped on the way out, also after a failure, a timeout or Ctrl-C.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DRIVERS } from './lib/drivers.mjs';
import { cleanup, killAllGroupsSync, withTimeout } from './lib/proc.mjs';
import { startFront, startUpstream } from './lib/site.mjs';
import { ERRORS_SCENARIO, SCENARIOS, Skip } from './scenarios.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCENARIO_TIMEOUT = 150_000; // one scenario in one engine, unless it sets its own `timeout`
const RUN_TIMEOUT = 10 * 60_000; // the whole run; a watchdog, far above the ~3–4 min it takes

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.DIST ?? join(HERE, '..', '..', 'dist') },
    engines: { type: 'string', default: process.env.ENGINES ?? 'firefox,webkit' },
    only: { type: 'string', default: '' },
    serial: { type: 'boolean', default: process.env.ENGINES_SERIAL === '1' },
  },
});
const dist = resolve(opts.dist);
const engines = opts.engines.split(',').map((e) => e.trim()).filter(Boolean);
const only = new Set(opts.only.split(',').map((s) => s.trim()).filter(Boolean).map(Number));
const chosen = SCENARIOS.filter((s) => only.size === 0 || only.has(s.id));

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`  · ${msg}`);
const results = []; // { engine, id, title, status: PASS|FAIL|SKIP, detail, ms }

const line = (r) => {
  const detail = r.detail ? `\n        ${r.detail.replace(/\n/g, '\n        ')}` : '';
  return `${r.status}  ${r.engine.padEnd(7)} ${String(r.id).padStart(2)}. ${r.title}  (${secs(r.ms)})${detail}`;
};
function report(r) {
  results.push(r);
  console.log(line(r));
}

// ---- always clean up ---------------------------------------------------------------------------
let finishing = false;
async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  if (why) console.log(`\n${why}`);
  await cleanup().catch(() => {});
  killAllGroupsSync();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => finish(130, `interrupted (${signal}): stopping everything this run started`));
}
process.on('exit', killAllGroupsSync);
process.on('uncaughtException', (e) => finish(2, `internal error: ${e.stack}`));
process.on('unhandledRejection', (e) => finish(2, `internal error (unhandled rejection): ${e?.stack ?? e}`));
setTimeout(() => finish(2, `the whole run exceeded ${secs(RUN_TIMEOUT)}: stopping`), RUN_TIMEOUT).unref();

// ---- run ---------------------------------------------------------------------------------------
async function runEngine(engine, upstream) {
  const Driver = DRIVERS[engine];
  if (!Driver) throw new Error(`unknown engine ${engine} (known: ${Object.keys(DRIVERS).join(', ')})`);
  const shots = join(HERE, 'screenshots', engine);
  // Fresh screenshots when this run takes them (scenario 9); a partial run leaves the last set.
  if (chosen.some((s) => s.id === 9)) rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  // WebKit gets the error-capture script through the proxy (see lib/site.mjs).
  const site = await startFront(upstream, { inject: engine === 'webkit' });
  const driver = new Driver((m) => log(`${engine}: ${m}`));
  const started = Date.now();
  try {
    await withTimeout(driver.start(), 120_000, `start ${engine}`);
  } catch (error) {
    for (const s of [...chosen, ERRORS_SCENARIO]) {
      report({ engine, id: s.id, title: s.title, status: 'FAIL', detail: `the browser did not start: ${error.message}`, ms: 0 });
    }
    await driver.stop().catch(() => {});
    await site.stop();
    return;
  }
  console.log(`\n${driver.label}: ${driver.version}, started in ${secs(Date.now() - started)}; site ${site.origin}`);
  await driver.setViewport(1280, 800);

  const errors = []; // { scenario, kind, text, url }
  const warnings = []; // the app's own console.warn messages: listed under scenario 8, not failures
  const shared = {}; // what one scenario leaves for another (scenarios 1 and 9 share their visits)
  const engineStart = Date.now();
  let current = null; // the scenario now running; one that timed out is stopped at its next step
  for (const scenario of chosen) {
    const began = Date.now();
    let status = 'PASS';
    let detail = '';
    current = scenario;
    const ctx = {
      driver: guarded(driver, () => current !== scenario, `scenario ${scenario.id}`),
      site,
      shots,
      shared,
      chosen: new Set(chosen.map((s) => s.id)),
      url: (path) => new URL(path, site.origin).href,
      skip: (reason) => {
        throw new Skip(reason);
      },
    };
    try {
      await withTimeout(scenario.run(ctx), scenario.timeout ?? SCENARIO_TIMEOUT, `scenario ${scenario.id}`);
    } catch (error) {
      if (error instanceof Skip) {
        status = 'SKIP';
        detail = `skipped: ${error.message}`;
      } else {
        status = 'FAIL';
        detail = error.message;
        const shot = join(shots, `FAILED-scenario-${scenario.id}.png`);
        try {
          await driver.screenshot(shot);
          detail += `\n(screenshot: ${shot}; page ${await driver.evaluate(() => location.href)})`;
        } catch {}
      }
      current = null; // a scenario that timed out stops at its next step
      await site.goOnline().catch(() => {});
      await driver.setViewport(1280, 800).catch(() => {});
    }
    current = null;
    try {
      for (const e of await driver.takeErrors()) errors.push({ scenario: scenario.id, ...e });
      for (const w of driver.takeWarnings()) warnings.push({ scenario: scenario.id, ...w });
    } catch {}
    report({ engine, id: scenario.id, title: scenario.title, status, detail, ms: Date.now() - began });
  }
  // Scenario 8: everything the pages reported in every scenario above, once the capture itself
  // has been shown to work in this engine (a deliberate console.error and uncaught error).
  const selfTest = await captureSelfTest(driver, { url: (path) => new URL(path, site.origin).href }).catch((e) => `self-test failed: ${e.message}`);
  const lines = errors.map((e) => `[scenario ${e.scenario}] ${e.kind}: ${e.text}  (${e.url})`);
  if (selfTest) lines.push(`error capture does not work in this engine: ${selfTest}`);
  report({
    engine,
    id: ERRORS_SCENARIO.id,
    title: ERRORS_SCENARIO.title,
    status: lines.length === 0 ? 'PASS' : 'FAIL',
    detail: lines.join('\n'),
    ms: 0,
  });
  for (const w of warnings) log(`${engine} app warning (not a failure) [scenario ${w.scenario}]: ${w.text}  (${w.url})`);
  if (driver.notes.size) for (const n of driver.notes) log(`${engine} note: ${n}`);
  log(`${engine}: scenarios took ${secs(Date.now() - engineStart)}`);
  await driver.stop();
  await site.stop();
}

/**
 * The driver as one scenario sees it: once that scenario is no longer the one running (it timed
 * out), every call throws, so it cannot go on driving the browser under the next scenario.
 */
function guarded(driver, abandoned, label) {
  return new Proxy(driver, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args) => {
        if (abandoned()) throw new Error(`${label} was stopped after its timeout`);
        return value.apply(target, args);
      };
    },
  });
}

/** Raises one console.error and one uncaught error on a page; '' if both were caught, else why not. */
async function captureSelfTest(driver, ctx) {
  await driver.takeErrors();
  await driver.goto(ctx.url('/about/'));
  await driver.evaluate(() => {
    console.error('engines self-test: console.error');
    setTimeout(() => {
      throw new Error('engines self-test: uncaught');
    }, 0);
  });
  const seen = [];
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    seen.push(...(await driver.takeErrors()));
    const texts = seen.map((e) => e.text).join('\n');
    if (texts.includes('self-test: console.error') && texts.includes('self-test: uncaught')) break;
  }
  const texts = seen.map((e) => `${e.kind}: ${e.text}`);
  const missing = ['self-test: console.error', 'self-test: uncaught'].filter((t) => !texts.some((x) => x.includes(t)));
  const others = texts.filter((t) => !t.includes('engines self-test'));
  if (others.length) return `unexpected errors during the self-test: ${others.join('; ')}`;
  return missing.length ? `not caught: ${missing.join(', ')} (caught: ${JSON.stringify(texts)})` : '';
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`no build at ${dist} (index.html missing): run \`make build\` first, or pass --dist`);
    return finish(2);
  }
  console.log(`Engine smoke tests: ${engines.join(', ')}; build ${dist}; scenarios ${chosen.map((s) => s.id).join(', ')}, 8`);
  const upstream = await startUpstream(dist, log);
  if (opts.serial) for (const engine of engines) await runEngine(engine, upstream);
  else await Promise.all(engines.map((engine) => runEngine(engine, upstream)));

  if (engines.length > 1) {
    console.log('\nResults by engine:');
    for (const engine of engines) {
      const mine = results.filter((r) => r.engine === engine);
      for (const r of mine) console.log(line(r).split('\n')[0]);
    }
  }
  const failed = results.filter((r) => r.status === 'FAIL');
  const skipped = results.filter((r) => r.status === 'SKIP');
  console.log(`\n${results.length - failed.length - skipped.length} passed, ${failed.length} failed, ${skipped.length} skipped, in ${secs(Date.now() - t0)}`);
  console.log(`Screenshots: ${join(HERE, 'screenshots')}/<engine>/`);
  await finish(failed.length ? 1 : 0);
}

main().catch((e) => finish(2, `internal error: ${e.stack}`));
