import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A server a test starts for itself (nginx, or serve.py in another mode), on a port nobody else
 * holds.
 *
 * Why not a fixed port: with `fullyParallel` two workers can run tests of the same file at once,
 * each with its own `beforeAll`. With a fixed port the second server failed to bind, the
 * readiness check was answered by the first one, and the test then lost its server when the other
 * worker shut the first one down (a CI run timed out in `page.goto` that way).
 */
export type TestServer = { origin: string; stop(): void };

/** A port the kernel says is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Starts `command` with the args `argsFor(port)` gives, and returns once that very process answers
 * `/` with a success status. If it exits first (the port was taken between the probe and the
 * bind), it tries again on another port.
 */
export async function startServer(
  command: string,
  argsFor: (port: number) => string[],
  describe: () => string = () => '',
): Promise<TestServer> {
  let lastExit = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const child: ChildProcess = spawn(command, argsFor(port), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const exited = () => child.exitCode !== null || child.signalCode !== null;
    for (let i = 0; i < 100 && !exited(); i++) {
      try {
        // The port came from the kernel a moment ago, so an answer is from this process unless
        // it has already exited.
        if ((await fetch(`${origin}/`)).ok && !exited()) return { origin, stop: () => child.kill() };
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill();
    lastExit = `exit ${child.exitCode ?? child.signalCode ?? 'none (no answer in 10 s)'}: ${stderr}${describe()}`;
  }
  throw new Error(`${command} did not start: ${lastExit}`);
}

/** `dir` served by tools/serve.py (the plain static host the suite uses), with its extra flags. */
export function startStaticServer(dir: string, flags: string[] = []): Promise<TestServer> {
  const serve = join(__dirname, '..', '..', 'tools', 'serve.py');
  return startServer('python3', (port) => [serve, '--dir', dir, '--port', String(port), ...flags]);
}
