import { defineConfig } from '@playwright/test';

// Runs against the release build in ../../dist, served by tools/serve.py: a plain static server
// with no rewrite rules that answers missing paths with the site's 404.html, like GitHub Pages.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// `make test` also builds the guide for a subpath (see the Makefile) and serves it here.
export const SUBPATH_PORT = PORT + 1;
const subpathDist = process.env.SUBPATH_DIST;
const subpathUrl = process.env.SUBPATH_URL ?? '/okay-guide/';

export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Requests a service worker answers are invisible to page.route(), so tests that fake the
    // network run without one; pwa.spec.ts and subpath.spec.ts turn it back on.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `python3 ../../tools/serve.py --dir ../../dist --port ${PORT} --missing pages`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    ...(subpathDist
      ? [
          {
            command: `python3 ../../tools/serve.py --dir ${subpathDist} --port ${SUBPATH_PORT} --prefix ${subpathUrl} --missing pages`,
            url: `http://127.0.0.1:${SUBPATH_PORT}${subpathUrl}`,
            reuseExistingServer: false,
            timeout: 20_000,
          },
        ]
      : []),
  ],
});
