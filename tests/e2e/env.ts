import { resolve } from 'node:path';

// Where the build under test lives, and where the suite serves it. Relative paths are read from
// this folder (tests/e2e), so `E2E_DIST=../../dist` and `E2E_DIST=/tmp/snap/dist` both work.

/** The release build served at the site root (`make build`). */
export const DIST = resolve(__dirname, process.env.E2E_DIST ?? '../../dist');
/** Port of the plain static server (tools/serve.py) for DIST. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A build made with PUBLIC_URL=SUBPATH_URL (the Makefile's `test-e2e` makes one); optional. */
export const SUBPATH_DIST = process.env.SUBPATH_DIST ? resolve(__dirname, process.env.SUBPATH_DIST) : undefined;
export const SUBPATH_URL = process.env.SUBPATH_URL ?? '/okay-guide/';
export const SUBPATH_PORT = PORT + 1;
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
