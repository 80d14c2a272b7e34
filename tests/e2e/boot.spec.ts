import { gzipSync } from 'node:zlib';
import { test, expect, appReady, type Page } from './fixtures';

// When the app starts (src/bin/postbuild/boot.js): at once where the page needs it, otherwise at
// the reader's first sign of use, without losing a press, a focus or typed text on the way.

const isWasm = (url: string) => url.endsWith('.wasm');
const prerendered = (page: Page) => page.locator('#prerendered');

/** Holds every wasm download until the returned function is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a first visit reads like a static page: no app download until the reader does something', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto('/episodes/');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(wasm, 'no wasm requested before any input').toEqual([]);
  await expect(page.locator('#prerendered li.episode-row')).toHaveCount(16);
  await expect(page.locator('main')).toContainText('Sat 20 Jun 2020');

  await page.keyboard.press('Tab');
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  expect(wasm).toHaveLength(1);
});

test('a press before the app is ready is kept and carried out once it is', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/episodes/');
  const toggle = page.getByRole('button', { name: 'Mark episode 3 as watched' });
  await toggle.click();
  // Still the build's markup: the press waits, and the control says it is busy.
  await expect(prerendered(page)).toHaveCount(1);
  await expect(toggle).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.progress__count')).toHaveText('0 of 16 watched');
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Mark episode 3 as unwatched' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark episode 3 as unwatched' })).toBeFocused();
  await expect(page.locator('.progress__count')).toHaveText('1 of 16 watched');
  expect(await page.evaluate(() => localStorage.getItem('okay-guide.progress'))).toBe(
    '{"v":1,"watched":[3],"show_all_spoilers":false}',
  );
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('a checkbox pressed early is not flipped twice', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/episodes/');
  const spoilers = page.getByRole('checkbox', { name: /Show all spoilers/ });
  await spoilers.click();
  await expect(spoilers).not.toBeChecked();
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('checkbox', { name: /Show all spoilers/ })).toBeChecked();
});

test('keyboard focus stays on the same control when the app takes over', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is tested on the desktop');
  const release = await holdWasm(page);
  await page.goto('/cast/');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  const before = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, text: el.textContent?.trim(), inBuildMarkup: !!el.closest('#prerendered') };
  });
  expect(before.inBuildMarkup).toBe(true);
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  const after = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, text: el.textContent?.trim(), inBuildMarkup: !!el.closest('#prerendered') };
  });
  expect(after).toEqual({ ...before, inBuildMarkup: false });
});

test('a returning reader with stored progress gets the app without doing anything', async ({ page }) => {
  await page.goto('/episodes/');
  await page.evaluate(() => localStorage.setItem('okay-guide.progress', '{"v":1,"watched":[1,2,3],"show_all_spoilers":false}'));
  await page.reload();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('.progress__count')).toHaveText('3 of 16 watched');
});

for (const path of ['/outlook/', '/search/?q=moon', '/no-such-page/']) {
  test(`a live page starts the app by itself: ${path}`, async ({ page, guard }) => {
    guard.allowConsoleError(/status of 404/); // the not-found page is served with its status
    await page.goto(path);
    await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  });
}

test('text typed into search before the app is ready is searched once it is', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('gangtae');
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('searchbox')).toHaveValue('gangtae');
  await expect(page.locator('main')).toContainText('Moon Gang-tae');
});

test('if the app cannot start, the page stays readable and the pressed control is released', async ({ page, guard }) => {
  guard.allowConsoleError(/wasm|404|Failed to load/i);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/episodes/');
  const toggle = page.getByRole('button', { name: 'Mark episode 5 as watched' });
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('li.episode-row')).toHaveCount(16);
  await expect(page.locator('main')).toContainText('Sat 20 Jun 2020');
  // Links still work as on any web page.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cast' }).click();
  await expect(page).toHaveURL(/\/cast\/$/);
  await expect(page.locator('main')).toContainText('Kim Soo-hyun');
  await appReadyNever(page);
});

/** After a failed start nothing replaces the build's markup. */
async function appReadyNever(page: Page) {
  await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
  await expect(prerendered(page)).toHaveCount(1);
}

test('an address the build wrote starts quietly even when reached without its final slash', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto('/cast/ko-moon-young');
  await page.waitForLoadState('networkidle');
  expect(wasm).toEqual([]);
  await appReady(page);
  await expect(page.locator('main')).toContainText('Seo Yea-ji');
});

test('byte budget: a first visit to the home page downloads at most 160 KB gzip (issue 5)', async ({ page }) => {
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (r) => bodies.push(r.body().catch(() => null)));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const gzip = (await Promise.all(bodies)).reduce((sum, b) => sum + (b ? gzipSync(b, { level: 9 }).length : 0), 0);
  expect(bodies.length).toBeGreaterThan(2);
  expect(gzip / 1024, 'KB gzip before the reader does anything').toBeLessThanOrEqual(160);
});

test('a newer build waiting starts the app, so the reload can be offered on a page nobody touched', async ({ page }) => {
  await page.goto('/cast/');
  await page.waitForLoadState('networkidle');
  await expect(prerendered(page)).toHaveCount(1);
  // What register-sw.js does when the browser has installed a newer service worker.
  await page.evaluate(() => {
    (window as any).__okayGuideUpdate = () => {};
    dispatchEvent(new Event('okay-guide-update'));
  });
  await expect(prerendered(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('.update-banner')).toContainText('A new version of the guide is available.');
});
