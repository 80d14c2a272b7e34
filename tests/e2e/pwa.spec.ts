import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appReady, open, allRoutes, nav, withProgress, markUpTo, UI, DIST, type Page } from './fixtures';
import { startStaticServer, type TestServer } from './servers';

// Offline reading after one visit, the installable app, the Content-Security-Policy, and the
// update prompt when a new build is published. Service workers are on here (see the config).

test.use({ serviceWorkers: 'allow' });

/**
 * Waits until this build's service worker is active with its files cached, and controls the page.
 *
 * A page whose navigation started while the worker was still installing is not taken over when
 * it activates: `clients.claim()` skips clients that are not yet execution-ready (Service
 * Worker spec, Clients.claim), and the first-visit precache makes that window a few hundred ms
 * wide. It took about 1 run in 12 here. Such a page is reloaded once, as a reader's next visit
 * would be.
 */
async function offlineReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const keys = await caches.keys();
          return registration?.active?.state === 'activated' && keys.some((k) => k.startsWith('okay-guide-'));
        }),
      { message: 'the service worker is active and has cached the build', timeout: 20_000 },
    )
    .toBe(true);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await appReady(page);
  }
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), {
      message: 'the service worker controls the page',
    })
    .toBe(true);
}

test('after one visit every route works offline, in both languages, including cold reloads and unknown addresses', { tag: '@once' }, async ({ page, context, guard }) => {
  test.setTimeout(150_000);
  guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED|status of 404/);
  await open(page, '/');
  await offlineReady(page);
  await context.setOffline(true);
  // Every page the build wrote comes from the cache, with its content.
  for (const route of allRoutes().filter((r) => r.kind !== 'not-found')) {
    const response = await page.goto(route.path);
    expect(response?.status(), route.path).toBe(200);
    await expect(page.locator('main'), route.path).toContainText(route.text);
  }
  // And the app runs offline, on a page of each language.
  for (const path of ['/relationships/', '/ko/music/', '/ko/outlook', '/places']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('main h1'), path).toBeVisible();
    await expect(page.getByRole('alert'), path).toHaveCount(0);
  }
  await expect(page.locator('.offline-notice')).toContainText(UI.en.offline);
  await page.goto('/ko/');
  await appReady(page);
  await expect(page.locator('.offline-notice')).toContainText(UI.ko.offline);
  // Unknown addresses, offline: the not-found page of the address's language.
  await page.goto('/nowhere/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.notFound);
  await page.goto('/ko/nowhere/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.notFound);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('progress marked offline is kept, and the page says the reader is offline', { tag: '@once' }, async ({ page, context, guard }) => {
  guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED/);
  await open(page, '/episodes/');
  await offlineReady(page);
  await context.setOffline(true);
  await page.goto('/episodes/4/');
  await appReady(page);
  await page.getByRole('button', { name: UI.en.mark(4) }).click();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('button', { name: UI.en.unmark(4) })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.offline-notice')).toContainText(UI.en.offline);
  await context.setOffline(false);
});

test('the manifests are valid, their icons exist at their stated sizes, and Chromium finds the guide installable', { tag: '@once' }, async ({ page, request }) => {
  for (const [file, lang, start] of [['manifest.webmanifest', 'en', '/'], ['manifest-ko.webmanifest', 'ko', '/ko/']]) {
    const response = await request.get(`/${file}`);
    expect(response.status()).toBe(200);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ start_url: start, id: start, scope: '/', display: 'standalone', lang });
    expect(manifest.name).toBe(UI[lang as 'en' | 'ko'].site);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = manifest.icons.map((i: any) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const png = await request.get(icon.src);
      expect(png.status(), icon.src).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
  }
  for (const path of ['/', '/ko/']) {
    await open(page, path);
    await offlineReady(page);
    // Linked once the page has painted (register-sw.js), so it does not compete with the first paint.
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's browser contexts are incognito-like, which Chromium reports as a reason of its own.
    expect(installabilityErrors.filter((e: any) => e.errorId !== 'in-incognito'), path).toEqual([]);
  }
});

test('the app runs under its Content-Security-Policy with no violations', { tag: '@once' }, async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await withProgress(page, { watched: [1, 2, 3], ratings: { '2': 4 } });
  for (const path of ['/', '/relationships/', '/places/', '/ko/progress/', '/ko/music/', '/episodes/2/', '/search/?q=moon']) {
    await page.goto(path);
    await appReady(page);
    // Something the app draws in every one of them: the episode list, with its chart.
    await page.locator('header nav a').nth(2).click();
    await expect(page.locator('li.episode-row')).toHaveCount(16);
    expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
});

/** A copy of the build that the test may rewrite (its "next build"), served on its own port. */
const updateTest = test.extend<{ site: TestServer & { root: string } }>({
  site: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'okay-guide-update-'));
    cpSync(DIST, root, { recursive: true });
    const server = await startStaticServer(root);
    await use({ ...server, root });
    server.stop();
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.origin),
});

updateTest.describe('updates', { tag: '@once' }, () => {
  updateTest('a new build is offered with a reload prompt, replaces the old one completely, and keeps the reader\'s progress', { tag: '@once' }, async ({ page, site }) => {
    const { root } = site;
    // The reader's progress, marked on the old build, must survive the switch to the new one.
    await open(page, '/episodes/3/');
    await markUpTo(page, 'en', 3);
    await expect(page.getByRole('button', { name: UI.en.unmark(3) })).toHaveAttribute('aria-pressed', 'true');
    await open(page, '/outlook/');
    await offlineReady(page);
    const oldCache = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('okay-guide-')));
    const oldHeadline = await page.locator('.verdict__headline').textContent();

    // Publish "the next build": what a rebuild with new prose changes is the text file's hashed
    // name, the pages that name it, and the service worker's file list and build id.
    const dataDir = join(root, 'data');
    const oldName = readdirSync(dataDir).find((f) => /^text-en-[0-9a-f]{16}\.json$/.test(f))!;
    const newName = 'text-en-00000000000000ff.json';
    const text = JSON.parse(readFileSync(join(dataDir, oldName), 'utf8'));
    text.text['outlook.headline'] = 'Still no season 2 (newer build)';
    writeFileSync(join(dataDir, newName), JSON.stringify(text));
    rmSync(join(dataDir, oldName));
    const rewrite = (file: string, edit: (text: string) => string) => writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const htmlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
      );
    for (const html of htmlFiles(root)) rewrite(html, (t) => t.replaceAll(oldName, newName));
    // Compressed twins of the pages would still name the old file: the test server does not send them.
    rewrite(join(root, 'sw.js'), (t) => t.replaceAll(oldName, newName).replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1next"'));

    // The running page keeps its own build's data until the reader chooses to reload.
    await page.reload();
    await appReady(page);
    await expect(page.locator('.verdict__headline')).toHaveText(oldHeadline!);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return !!(r?.waiting || r?.installing || (window as any).__okayGuideUpdate);
          }),
        { message: 'the browser found the new service worker', timeout: 20_000 },
      )
      .toBe(true);
    const banner = page.locator('.update-banner');
    await expect(banner).toContainText(UI.en.update, { timeout: 20_000 });
    await banner.getByRole('button', { name: UI.en.reload }).click();
    await expect(page.locator('.verdict__headline')).toHaveText('Still no season 2 (newer build)', { timeout: 20_000 });
    await expect(page.locator('.update-banner')).toBeEmpty();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('okay-guide-'))))
      .toEqual([`${oldCache}next`]);
    await nav(page).getByRole('link', { name: 'Episodes' }).click();
    await expect(page.locator('.progress__count')).toHaveText(UI.en.count(3));
    await expect(page.getByRole('button', { name: UI.en.unmark(3) })).toBeVisible();
  });
});
