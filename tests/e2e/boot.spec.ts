import { test, expect, appReady, open, stored, withProgress, nav, layoutShift, UI, PROGRESS_KEY, type Page } from './fixtures';

// When the app starts (src/bin/postbuild/boot.js): at once where the page needs it, otherwise at
// the reader's first sign of use; at idle before that the wasm is fetched and compiled but not run.
// A press made before the app is ready is shown at once (toggles) and carried out once it is.

const prerendered = (page: Page) => page.locator('#prerendered');
const marks = (page: Page) =>
  page.evaluate(() =>
    ['okay-guide:start', 'okay-guide:data', 'okay-guide:mounted'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null),
  );

/** Records the app's announcements (before-mount, mounted) in window.__events, from page start. */
async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    (window as any).__events = [];
    for (const name of ['okay-guide:before-mount', 'okay-guide:mounted'])
      addEventListener(name, () => (window as any).__events.push(name));
  });
}
const events = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__events);

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

/** A press as the device makes it: a tap on the phone, a click on the desktop. */
const press = (page: Page, isMobile: boolean, name: string) => {
  const button = page.getByRole('button', { name, exact: true });
  return isMobile ? button.tap() : button.click();
};

test('a first visit reads like a static page: the wasm is fetched at idle but runs only at the first sign of use', async ({ page }) => {
  await recordEvents(page);
  const wasm: number[] = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(Date.now()));
  await page.goto('/episodes/');
  await expect(page.locator('#prerendered li.episode-row')).toHaveCount(16);
  // Idle after load: fetched and compiled, nothing run, nothing replaced.
  await expect.poll(() => wasm.length, { message: 'the wasm is fetched at idle' }).toBe(1);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await expect(prerendered(page)).toHaveCount(1);
  expect(await marks(page)).toEqual([null, null, null]);
  expect(await events(page)).toEqual([]);

  await page.keyboard.press('Shift');
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  expect(wasm, 'the wasm fetched at idle is the one that runs').toHaveLength(1);
  const [start, data, mounted] = await marks(page);
  expect(start).not.toBeNull();
  expect(data!).toBeGreaterThanOrEqual(start!);
  expect(mounted!).toBeGreaterThanOrEqual(data!);
  expect(await events(page)).toEqual(['okay-guide:before-mount', 'okay-guide:mounted']);
  await expect(page.locator('li.episode-row')).toHaveCount(16);
});

for (const { presses, ends } of [
  { presses: 1, ends: 'watched' },
  { presses: 2, ends: 'unwatched' },
] as const) {
  test(`a toggle pressed ${presses === 1 ? 'once' : 'twice'} before the app runs shows it at once and ends ${ends}`, async ({ page, isMobile }) => {
    await recordEvents(page);
    const release = await holdWasm(page);
    await page.goto('/episodes/');
    await page.waitForLoadState('load');
    const toggle = page.locator('#episode-3 .watch-toggle');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await press(page, isMobile, UI.en.mark(3));
    // Flipped at once, while the build's markup is still the page and nothing has mounted.
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveAttribute('aria-label', UI.en.unmark(3));
    if (presses === 2) {
      await press(page, isMobile, UI.en.unmark(3));
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(toggle).toHaveAttribute('aria-label', UI.en.mark(3));
    }
    await expect(prerendered(page)).toHaveCount(1);
    expect(await events(page), 'the app has not mounted yet').toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();

    release();
    await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
    expect(await events(page)).toEqual(['okay-guide:before-mount', 'okay-guide:mounted']);
    const live = page.locator('#episode-3 .watch-toggle');
    // Every press replayed, in order: once → watched; twice → watched, then unwatched again.
    await expect
      .poll(async () => (await stored(page))?.watched, { message: 'stored progress after the replay' })
      .toEqual(ends === 'watched' ? [3] : []);
    await expect(live).toHaveAttribute('aria-pressed', ends === 'watched' ? 'true' : 'false');
    await expect(page.locator('.progress__count')).toHaveText(UI.en.count(ends === 'watched' ? 1 : 0));
    await expect(live).toBeFocused();
    await page.waitForTimeout(300);
    expect((await stored(page)).watched, 'no press replayed twice').toEqual(ends === 'watched' ? [3] : []);
  });
}

test('presses on several controls before the app runs are all carried out, in order', async ({ page, isMobile }) => {
  const release = await holdWasm(page);
  await page.goto('/ko/episodes/');
  await page.waitForLoadState('load');
  await press(page, isMobile, UI.ko.mark(2));
  // "Mark all up to here" is not a toggle: it says it is waiting.
  const upTo = page.getByRole('button', { name: UI.ko.upTo(5) });
  await (isMobile ? upTo.tap() : upTo.click());
  await expect(upTo).toHaveAttribute('aria-busy', 'true');
  await press(page, isMobile, UI.ko.unmark(2));
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  // 2 on; "up to 5" asks which day (the answer is the reader's to give); 2 off.
  const ask = page.getByRole('group', { name: UI.ko.askUpTo(5) });
  await expect(ask).toBeVisible();
  await expect.poll(async () => (await stored(page))?.watched).toEqual([]);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await ask.getByRole('button', { name: UI.ko.dateToday, exact: true }).click();
  await expect.poll(async () => (await stored(page))?.watched).toEqual([1, 2, 3, 4, 5]);
  await expect(page.locator('.progress__count')).toHaveText(UI.ko.count(5));
});

test('a checkbox pressed early is not flipped twice', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/episodes/');
  const spoilers = page.getByRole('checkbox', { name: /Show all spoilers/ });
  await spoilers.click();
  await expect(spoilers).not.toBeChecked();
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('checkbox', { name: /Show all spoilers/ })).toBeChecked();
  await expect.poll(async () => (await stored(page))?.show_all_spoilers).toBe(true);
});

test('keyboard focus stays on the same control when the app takes over', { tag: '@once' }, async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/cast/');
  await page.waitForLoadState('load');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, text: el.textContent?.trim(), inBuildMarkup: !!el.closest('#prerendered') };
    });
  const before = await where();
  expect(before.inBuildMarkup).toBe(true);
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(where).toEqual({ ...before, inBuildMarkup: false });
});

test('a returning reader with stored progress gets the app without doing anything', async ({ page }) => {
  await withProgress(page, { watched: [1, 2, 3] });
  await page.goto('/episodes/');
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.progress__count')).toHaveText(UI.en.count(3));
});

for (const path of ['/outlook/', '/search/?q=moon', '/progress/', '/no-such-page/', '/ko/outlook/', '/ko/progress/']) {
  test(`a live page starts the app by itself: ${path}`, async ({ page, guard }) => {
    guard.allowConsoleError(/status of 404/); // the not-found page is served with its status
    await page.goto(path);
    await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator('main#main')).toBeVisible();
  });
}

test('text typed into search before the app is ready is searched once it is', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('gangtae');
  release();
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('searchbox')).toHaveValue('gangtae');
  await expect(page.locator('.search__results')).toContainText('Moon Gang-tae');
});

test('if the app cannot start, the page stays readable and links work', async ({ page, guard }) => {
  guard.allowConsoleError(/wasm|404|Failed to load/i);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/episodes/');
  const upTo = page.getByRole('button', { name: UI.en.upTo(5) });
  await upTo.click();
  // The control that was waiting for the app is released.
  await expect(upTo).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('li.episode-row')).toHaveCount(16);
  await expect(page.locator('main')).toContainText('The Boy Who Fed on Nightmares');
  await nav(page).getByRole('link', { name: 'Cast' }).click();
  await expect(page).toHaveURL(/\/cast\/$/);
  await expect(page.locator('main')).toContainText('Kim Soo-hyun');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
  await expect(prerendered(page)).toHaveCount(1);
});

test('if the app cannot start, a toggle pressed early does not go on claiming a change that never happened', async ({ page, guard }) => {
  // boot.js flips a toggle at once and, when the start fails, settle() clears only aria-busy: the
  // button keeps saying "watched" although nothing was stored and nothing ever will be.
  guard.allowConsoleError(/wasm|404|Failed to load/i);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/episodes/');
  await page.waitForLoadState('load');
  const toggle = page.locator('#episode-4 .watch-toggle');
  await toggle.click();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('okay-guide:start').length)).toBe(0);
  await page.waitForTimeout(1000);
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();
  await expect(toggle, 'the toggle is back to what is true: not watched').toHaveAttribute('aria-pressed', 'false');
  await expect(toggle).toHaveAttribute('aria-label', UI.en.mark(4));
});

test('an address the build wrote starts quietly even when reached without its final slash', async ({ page }) => {
  await page.goto('/cast/ko-moon-young');
  await page.waitForLoadState('networkidle');
  await expect(prerendered(page)).toHaveCount(1);
  await appReady(page);
  await expect(page.locator('main')).toContainText('Seo Yea-ji');
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
  await expect(prerendered(page)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.update-banner')).toContainText(UI.en.update);
});

test('the page does not shift when the app takes over from the prerendered HTML', async ({ page }) => {
  for (const path of ['/episodes/', '/ko/relationships/']) {
    await open(page, path);
    expect(await layoutShift(page), path).toBeLessThan(0.05);
  }
});
