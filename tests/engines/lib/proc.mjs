// Process, port and time helpers shared by the engine smoke tests.
//
// Everything this suite starts is registered here and stopped by `cleanup()`, which the runner
// calls on success, on failure, on Ctrl-C (SIGINT), SIGTERM and SIGHUP, and on an uncaught error.
// Child processes are spawned `detached` (their own process group), so killing the group also
// takes down what they start themselves: WebKitWebDriver's MiniBrowser and its web/network
// processes, Firefox's content processes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const cleanups = new Map(); // id -> async function
let nextId = 1;

/** Registers a clean-up step; returns a function that runs it once and unregisters it. */
export function onCleanup(label, fn) {
  const id = nextId++;
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    cleanups.delete(id);
    try {
      await withTimeout(Promise.resolve().then(fn), 10_000, `clean-up: ${label}`);
    } catch (error) {
      process.stderr.write(`warning: ${error.message}\n`);
    }
  };
  cleanups.set(id, { label, run });
  return run;
}

/** Runs every registered clean-up step, newest first. Safe to call more than once. */
export async function cleanup() {
  for (const { run } of [...cleanups.values()].reverse()) await run();
}

/** Last resort when the process is exiting synchronously: SIGKILL every group we started. */
const groups = new Set();
/** Adds a process group started elsewhere (puppeteer's Firefox) to the last-resort list. */
export function trackGroup(pid) {
  if (pid) groups.add(pid);
}
export function killAllGroupsSync() {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
  groups.clear();
}

/** Rejects with a clear message if `promise` has not settled after `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${label}`)), ms);
      timer.unref?.();
    }),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A TCP port on 127.0.0.1 the kernel says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a command in its own process group, registered for clean-up. Returns
 * { child, pid, output(), exited(), stop() }; `output()` is what it wrote so far (last 64 KB).
 */
export function startProcess(label, command, args, { env, extraFds = 0 } = {}) {
  const stdio = ['ignore', 'pipe', 'pipe', ...Array(extraFds).fill('pipe')];
  const child = spawn(command, args, { env: env ?? process.env, detached: true, stdio });
  let out = '';
  const keep = (d) => {
    out = (out + String(d)).slice(-65536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (e) => keep(`spawn error: ${e.message}\n`));
  if (child.pid) groups.add(child.pid);
  const exited = () => child.exitCode !== null || child.signalCode !== null || !child.pid;
  const stop = onCleanup(`${label} (pid ${child.pid})`, async () => {
    if (!child.pid) return;
    const signalGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {}
    };
    signalGroup('SIGTERM');
    for (let i = 0; i < 30 && !exited(); i++) await sleep(100);
    // The leader may be gone while others in its group (a browser it launched) are not.
    signalGroup('SIGKILL');
    groups.delete(child.pid);
  });
  return { child, pid: child.pid, output: () => out, exited, stop };
}

/** Polls `check` (async, truthy = ready) every `every` ms until `ms` have passed. */
export async function pollUntil(check, ms, label, every = 100) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(every);
  }
  throw new Error(`timed out after ${ms} ms: ${label}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
}

/** Tries `fn` up to `times` times (for launching browsers only, never for assertions). */
export async function withRetries(label, times, fn, log = () => {}) {
  let lastError;
  for (let attempt = 1; attempt <= times; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (attempt < times) log(`${label}: attempt ${attempt} failed (${error.message.split('\n')[0]}); retrying`);
    }
  }
  throw new Error(`${label} failed ${times} times; last error: ${lastError?.message}`);
}
