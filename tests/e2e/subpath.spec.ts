import { test, expect, appReady } from './fixtures';

// The same guide built with PUBLIC_URL=/okay-guide/ and served only under that path.
const PREFIX = process.env.SUBPATH_URL ?? '/okay-guide/';
const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;
const at = (path: string) => ORIGIN + PREFIX + path.replace(/^\//, '');

test.skip(!process.env.SUBPATH_DIST, 'run through `make test`, which builds the subpath version');
test.use({ baseURL: ORIGIN, serviceWorkers: 'allow' });

test('a subpath build works under its path: pages, links, data, deep links, 404', async ({ page, request, guard }) => {
  guard.allowConsoleError(/status of 404/);
  const assets: string[] = [];
  page.on('request', (r) => assets.push(new URL(r.url()).pathname));

  await page.goto(at('/'));
  await appReady(page);
  await expect(page.locator('main')).toContainText('Park Shin-woo');
  for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href!.startsWith(PREFIX), href!).toBe(true);
  }
  expect(assets.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
  expect(assets.some((p) => new RegExp(`^${PREFIX}data/show-[0-9a-f]{16}\\.json$`).test(p)), 'hashed data name').toBe(true);

  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Cast' }).click();
  await expect(page).toHaveURL(at('/cast/'));
  await expect(page.locator('article.cast-card')).toHaveCount(12);

  for (const path of ['/episodes/16/', '/cast/oh-ji-wang/', '/outlook/']) {
    expect((await request.get(at(path))).status(), path).toBe(200);
  }
  await page.goto(at('/episodes/16/'));
  await appReady(page);
  await expect(page.locator('main')).toContainText('Episode 16 of 16');

  const missing = await page.goto(at('/no-such-page/'));
  expect(missing?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the start of the guide' })).toHaveAttribute('href', PREFIX);
});

test('the subpath build scopes its manifest and service worker to the path', async ({ page, request }) => {
  const manifest = await (await request.get(at('/manifest.webmanifest'))).json();
  expect(manifest.start_url).toBe(PREFIX);
  expect(manifest.scope).toBe(PREFIX);
  for (const icon of manifest.icons) expect(icon.src.startsWith(PREFIX)).toBe(true);
  await page.goto(at('/'));
  await appReady(page);
  // Linked once the page has loaded (register-sw.js), from the subpath.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', at('/manifest.webmanifest'));
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(at('/'));
});
