import { defineConfig } from '@playwright/test';
import { DIST, PORT, ORIGIN, SUBPATH_DIST, SUBPATH_PORT, SUBPATH_URL, SUBPATH_ORIGIN } from './env';

// Runs against a release build (E2E_DIST, default ../../dist) served by tools/serve.py: a plain
// static server with no rewrite rules that answers missing paths with the site's 404.html, like
// GitHub Pages. SUBPATH_DIST (with SUBPATH_URL) adds a build for a subpath on the next port.
//
// Three widths. What runs where is chosen by tag, so the cost stays near one run per check:
//   @quality  axe, screenshots, overflow and list styling: at every width (320, 390, 1280);
//   @narrow   at 320 px only (every page's overflow);
//   (no tag)  features where touch or mouse matters: on the 390 px phone and the 1280 px desktop;
//   @once     what does not depend on the device (content, HTTP, data, storage, keyboard): desktop.
export default defineConfig({
  testDir: '.',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two cores: two workers. E2E_WORKERS=1 on a machine that is busy with something else.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: ORIGIN,
    locale: 'en-GB',
    timezoneId: 'UTC',
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
    {
      name: 'phone-320',
      grep: /@quality|@narrow/,
      use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
    },
    {
      name: 'phone-390',
      grepInvert: /@once|@narrow/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
    { name: 'desktop', grepInvert: /@narrow/, use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command: `python3 ../../tools/serve.py --dir ${DIST} --port ${PORT} --missing pages`,
      url: `${ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    ...(SUBPATH_DIST
      ? [
          {
            command: `python3 ../../tools/serve.py --dir ${SUBPATH_DIST} --port ${SUBPATH_PORT} --prefix ${SUBPATH_URL} --missing pages`,
            url: `${SUBPATH_ORIGIN}${SUBPATH_URL}`,
            reuseExistingServer: false,
            timeout: 20_000,
          },
        ]
      : []),
  ],
});
