import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appReady, allRoutes, type Page } from './fixtures';
import { startStaticServer, type TestServer } from './servers';

const DIST = join(__dirname, '..', '..', 'dist');

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

test('after one visit every route works offline, including cold reloads and deep links', async ({ page, context, guard }) => {
  test.setTimeout(120_000);
  guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED|status of 404/);
  await page.goto('/');
  await appReady(page);
  await offlineReady(page);
  await context.setOffline(true);
  for (const route of allRoutes()) {
    await page.goto(route.path);
    await appReady(page);
    await expect(page.locator('main'), route.path).toContainText(route.text);
  }
  await page.reload();
  await appReady(page);
  await expect(page.locator('.offline-notice')).toContainText("You're offline");
  // A route without its trailing slash, and an unknown one, offline too.
  await page.goto('/outlook');
  await appReady(page);
  await expect(page.locator('.verdict__headline')).toBeVisible();
  await page.goto('/nowhere/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('manifest is valid, its icons exist at their stated sizes, and Chromium finds it installable', async ({ page, request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', short_name: 'Okay Guide' });
  expect(manifest.name).toContain("It's Okay to Not Be Okay");
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
  await page.goto('/');
  await appReady(page);
  await offlineReady(page);
  // Linked once the page has loaded (register-sw.js), so it does not compete with the first paint.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito-like, which Chromium reports as a reason of its own.
  expect(installabilityErrors.filter((e: any) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('each route\'s static HTML carries its own title, description and link-preview tags', async ({ request }) => {
  const seen = new Set<string>();
  for (const route of allRoutes()) {
    const html = await (await request.get(route.path)).text();
    const meta = (attr: string, name: string) =>
      html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
    expect(title, route.path).toBeTruthy();
    expect(seen.has(title!), `${route.path} has a title of its own`).toBe(false);
    seen.add(title!);
    expect(meta('name', 'description')?.length ?? 0, route.path).toBeGreaterThan(40);
    expect(meta('property', 'og:title'), route.path).toBe(title);
    expect(meta('property', 'og:description'), route.path).toBe(meta('name', 'description'));
    expect(meta('property', 'og:image'), route.path).toMatch(/icons\/icon-512\.png$/);
    expect(meta('name', 'twitter:card'), route.path).toBe('summary');
    expect(html, route.path).not.toMatch(/rel="canonical"/);
  }
});

test('the app runs under its Content-Security-Policy with no violations', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ['/', '/cast/', '/episodes/3/', '/outlook/']) {
    await page.goto(path);
    await appReady(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Episodes' }).click();
    await expect(page.locator('li.episode-row')).toHaveCount(16);
    expect(await page.evaluate(() => (window as any).__violations), path).toEqual([]);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
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

updateTest.describe('updates', () => {
  // The device does not matter here.
  updateTest.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');

  updateTest('a new build is offered with a reload prompt, replaces the old one completely, and keeps the reader\'s progress', async ({ page, site }) => {
    const { root } = site;
    // The reader's progress, marked on the old build, must survive the switch to the new one.
    await page.goto('/episodes/3/');
    await appReady(page);
    await page.getByRole('button', { name: 'Mark all up to here, episodes 1 to 3' }).click();
    await expect(page.getByRole('button', { name: 'Mark episode 3 as unwatched' })).toBeVisible();
    await page.goto('/outlook/');
    await appReady(page);
    await offlineReady(page);
    const oldCache = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('okay-guide-')));

    // Publish "the next build": what a rebuild with new data changes is the data file's hashed
    // name, the pages that name it, and the service worker's file list and build id.
    const dataDir = join(root, 'data');
    const oldName = readdirSync(dataDir).find((f) => /^outlook-[0-9a-f]{16}\.json$/.test(f))!;
    const newName = 'outlook-00000000000000ff.json';
    const outlook = JSON.parse(readFileSync(join(dataDir, oldName), 'utf8'));
    outlook.status.headline = 'Still no season 2 (newer build)';
    writeFileSync(join(dataDir, newName), JSON.stringify(outlook));
    rmSync(join(dataDir, oldName));
    const rewrite = (file: string, edit: (text: string) => string) =>
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const htmlFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
      );
    for (const html of htmlFiles(root)) rewrite(html, (t) => t.replaceAll(oldName, newName));
    rewrite(join(root, 'sw.js'), (t) =>
      t.replaceAll(oldName, newName).replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1next"'),
    );

    // The running page keeps its own build's data until the reader chooses to reload.
    await page.reload();
    await appReady(page);
    await expect(page.locator('.verdict__headline')).toHaveText('No season 2 has been announced');
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
    await expect(banner).toContainText('A new version of the guide is available.', { timeout: 20_000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(banner).toBeEmpty();
    await expect(page.locator('.verdict__headline')).toHaveText('Still no season 2 (newer build)', { timeout: 20_000 });
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('okay-guide-'))))
      .toEqual([`${oldCache}next`]);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Episodes' }).click();
    await expect(page.locator('.progress__count')).toHaveText('3 of 16 watched');
    await expect(page.getByRole('button', { name: 'Mark episode 3 as unwatched' })).toBeVisible();
  });
});
