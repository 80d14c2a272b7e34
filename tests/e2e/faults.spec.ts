import { join } from 'node:path';
import { test, expect, appReady, layoutShift, readData } from './fixtures';
import { startStaticServer, type TestServer } from './servers';

test('a data request that never finishes times out with a message, and retry works', async ({ page, guard }) => {
  test.setTimeout(60_000);
  guard.allowConsoleError(/cast\.json/);
  let hang = true;
  await page.route('**/data/cast*.json', async (route) => {
    if (!hang) return route.continue();
    await new Promise(() => {}); // never answers
  });
  await page.goto('/cast/');
  // The prerendered page stays readable while the app waits.
  await expect(page.locator('main')).toContainText('Kim Soo-hyun');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('Loading cast.json took longer than 12 seconds', { timeout: 20_000 });
  hang = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('article.cast-card')).toHaveCount(12);
});

test('losing the network before the data arrives gives a clear message', async ({ page, guard }) => {
  guard.allowConsoleError(/couldn't reach|ERR_INTERNET_DISCONNECTED|Failed to load/);
  await page.route('**/data/*.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/episodes/');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText("We couldn't reach the guide's data (episodes.json). Check your connection");
});

test('very long names and titles, right-to-left text and emoji stay inside a 320 px screen', async ({ page }) => {
  const cast = readData('cast.json');
  cast.members[0].character.en = 'Moon' + 'Gangtae'.repeat(40);
  cast.members[0].about = 'שלום עולם مرحبا بالعالم 🦋🌙✨ ' + 'x'.repeat(300);
  cast.members[1].actor.en = 'Seo-Yea-ji-'.repeat(30);
  cast.members[1].other_roles = [{ title: 'A'.repeat(250) }];
  const episodes = readData('episodes.json');
  episodes.episodes[0].title_en = 'Nightmares'.repeat(30);
  episodes.episodes[0].tale = 'مرحبا '.repeat(60);
  await page.route('**/data/cast*.json', (route) => route.fulfill({ json: cast }));
  await page.route('**/data/episodes*.json', (route) => route.fulfill({ json: episodes }));
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/cast/', '/cast/moon-gang-tae/', '/episodes/', '/episodes/1/']) {
    await page.goto(path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/cast/');
  await appReady(page);
  await expect(page.locator('main')).toContainText('🦋🌙✨');
});

test('bad addresses get the friendly not-found view', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 404/);
  for (const path of ['/episodes/0/', '/episodes/17/', '/episodes/abc/', '/cast/nobody/', '/' + 'x'.repeat(1500), '/%E2%9C%A8/%3Cscript%3E/', '/cast/%00/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the start of the guide' })).toBeVisible();
  }
});

/** The build served by a host that answers every unknown path with index.html. */
const spaTest = test.extend<{ spaHost: TestServer }>({
  spaHost: async ({}, use) => {
    const server = await startStaticServer(join(__dirname, '..', '..', 'dist'), ['--missing', 'spa']);
    await use(server);
    server.stop();
  },
  baseURL: async ({ spaHost }, use) => use(spaHost.origin),
});

spaTest.describe('a host with a single-page-app fallback', () => {
  spaTest.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');

  spaTest('answers unknown paths with index.html, and the app shows not-found', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(200);
    // The home page's markup is not for this address, so the app starts without waiting for the
    // reader (no key pressed here).
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    // A malformed %-escape must not stop the boot script from seeing that this is not the home page.
    await page.goto('/cast/%E0%A4%A/');
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.goto('/episodes/7/');
    await appReady(page);
    await expect(page.locator('main')).toContainText('Episode 7 of 16');
  });
});

test('a slow data file: the prerendered page stays readable, then the app takes over without a jump', async ({ page }) => {
  await page.route('**/data/episodes*.json', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto('/episodes/');
  // While the data is on its way, the build's HTML of the page is on screen, not a spinner.
  await expect(page.locator('#prerendered li.episode-row')).toHaveCount(16);
  await appReady(page);
  await expect(page.locator('li.episode-row')).toHaveCount(16);
  const shift = await layoutShift(page);
  expect(shift).toBeLessThan(0.05);
});

test('a slow retry says it is loading, in place, then shows the content', async ({ page, guard }) => {
  guard.allowConsoleError(/cast\.json|status of 500/);
  let mode: 'broken' | 'slow' = 'broken';
  await page.route('**/data/cast*.json', async (route) => {
    if (mode === 'broken') return route.fulfill({ status: 500, body: 'oops' });
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await page.goto('/cast/');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('cast.json');
  mode = 'slow';
  await page.getByRole('button', { name: 'Try again' }).click();
  const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('article.cast-card')).toHaveCount(12);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(loading).toHaveCount(0);
});
