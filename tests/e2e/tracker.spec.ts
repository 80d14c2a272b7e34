import { test, expect, appReady, type Page } from './fixtures';

const KEY = 'okay-guide.progress';
const BACKUP = 'okay-guide.progress.backup';

const count = (page: Page) => page.locator('.progress__count');
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens the site once, puts `value` in storage as another version (or a stranger) would, reloads. */
async function withStored(page: Page, path: string, value: string) {
  await page.goto(path);
  await appReady(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
  await page.reload();
  await appReady(page);
}

test('marking episodes watched, one or up to here, survives a reload', async ({ page }) => {
  await page.goto('/episodes/');
  await appReady(page);
  await expect(count(page)).toHaveText('0 of 16 watched');

  await page.getByRole('button', { name: 'Mark episode 3 as watched' }).click();
  await expect(page.getByRole('button', { name: 'Mark episode 3 as unwatched' })).toBeVisible();
  await expect(count(page)).toHaveText('1 of 16 watched');
  await expect(page.locator('#episode-3')).toHaveClass(/episode-row--watched/);

  await page.getByRole('button', { name: 'Mark all up to here, episodes 1 to 5' }).click();
  await expect(count(page)).toHaveText('5 of 16 watched');
  await expect(page.locator('progress.progress__bar')).toHaveAttribute('value', '5');
  expect(JSON.parse((await stored(page))!)).toEqual({ v: 1, watched: [1, 2, 3, 4, 5], show_all_spoilers: false });

  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText('5 of 16 watched');
  await expect(page.getByRole('button', { name: 'Mark episode 5 as unwatched' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark episode 6 as watched' })).toBeVisible();

  // Unmarking one leaves the others; the home page says where to carry on.
  await page.getByRole('button', { name: 'Mark episode 2 as unwatched' }).click();
  await expect(count(page)).toHaveText('4 of 16 watched');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' }).click();
  await expect(count(page)).toHaveText('4 of 16 watched');
  const next = page.getByRole('link', { name: 'Continue with episode 2' });
  await next.click();
  await expect(page).toHaveURL(/\/episodes\/2\/$/);
  await page.getByRole('button', { name: 'Mark episode 2 as watched' }).click();
  await expect(page.getByRole('button', { name: 'Mark episode 2 as unwatched' })).toBeVisible();
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Continue with episode 6' })).toBeVisible();
});

test('clearing progress asks first, and Cancel keeps everything', async ({ page }) => {
  await page.goto('/episodes/');
  await appReady(page);
  await page.getByRole('button', { name: 'Mark all up to here, episodes 1 to 3' }).click();
  await expect(count(page)).toHaveText('3 of 16 watched');

  await page.getByRole('button', { name: 'Clear progress' }).click();
  await expect(page.getByRole('alert')).toContainText('Forget every episode you marked?');
  await expect(page.getByRole('button', { name: 'Yes, clear my progress' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(count(page)).toHaveText('3 of 16 watched');
  await expect(page.getByRole('button', { name: 'Clear progress' })).toBeFocused();

  await page.getByRole('button', { name: 'Clear progress' }).click();
  await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
  await expect(count(page)).toHaveText('0 of 16 watched');
  await expect(page.getByRole('button', { name: 'Clear progress' })).toBeDisabled();
  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText('0 of 16 watched');
});

test('a corrupt stored value: a notice, an empty tracker, the page intact, the old value kept aside', async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":1,"watched":[1,2');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(count(page)).toHaveText('0 of 16 watched');
  await expect(page.locator('li.episode-row')).toHaveCount(16);

  await page.getByRole('button', { name: 'Mark episode 1 as watched' }).click();
  await expect(count(page)).toHaveText('1 of 16 watched');
  expect(await stored(page, BACKUP)).toBe('{"v":1,"watched":[1,2');
  expect(JSON.parse((await stored(page))!).watched).toEqual([1]);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.tracker-notice')).toBeEmpty();
});

test('a foreign value (not ours) is ignored with a notice', async ({ page }) => {
  await withStored(page, '/', '"dark-mode"');
  await expect(page.locator('.tracker-notice')).toContainText('could not be read');
  await expect(count(page)).toHaveText('0 of 16 watched');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("It's Okay to Not Be Okay");
});

test('a value from a newer version is read as far as possible and its original kept', async ({ page }) => {
  const newer = '{"v":2,"watched":[1,2,3],"show_all_spoilers":false,"rewatches":{"1":2}}';
  await withStored(page, '/episodes/', newer);
  await expect(page.locator('.tracker-notice')).toContainText('newer version');
  await expect(count(page)).toHaveText('3 of 16 watched');
  expect(await stored(page), 'nothing is written before the reader changes something').toBe(newer);
  await page.getByRole('button', { name: 'Mark episode 4 as watched' }).click();
  expect(await stored(page, BACKUP)).toBe(newer);
  expect(JSON.parse((await stored(page))!).watched).toEqual([1, 2, 3, 4]);
});

test('a value in the older bare-list layout is carried over', async ({ page }) => {
  await withStored(page, '/episodes/', '[1, 2, 16]');
  await expect(page.locator('.tracker-notice')).toContainText('older version');
  await expect(count(page)).toHaveText('3 of 16 watched');
  await expect(page.getByRole('button', { name: 'Mark episode 16 as unwatched' })).toBeVisible();
});

test('entries that are not episodes are dropped, the rest kept', async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":1,"watched":[0,4,99,"x"]}');
  await expect(page.locator('.tracker-notice')).toContainText('3 entries that were not an episode');
  await expect(count(page)).toHaveText('1 of 16 watched');
});

test('storage that throws on access: the tracker works for the visit, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/episodes/');
  await appReady(page);
  await expect(page.locator('.tracker-notice')).toContainText('works for this visit only');
  await page.getByRole('button', { name: 'Mark all up to here, episodes 1 to 4' }).click();
  await expect(count(page)).toHaveText('4 of 16 watched');
  // In-app navigation keeps it for the visit.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' }).click();
  await expect(count(page)).toHaveText('4 of 16 watched');
});

test('a full storage: the change is kept for the visit and the reader told', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/episodes/');
  await appReady(page);
  await expect(page.locator('.tracker-notice')).toBeEmpty();
  await page.getByRole('button', { name: 'Mark episode 7 as watched' }).click();
  await expect(count(page)).toHaveText('1 of 16 watched');
  await expect(page.locator('.tracker-notice')).toContainText('could not be saved');
});

test('two tabs stay in step', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/episodes/');
  await b.goto('/episodes/');
  await appReady(a);
  await appReady(b);
  await a.getByRole('button', { name: 'Mark episode 2 as watched' }).click();
  await expect(b.getByRole('button', { name: 'Mark episode 2 as unwatched' })).toBeVisible();
  await expect(count(b)).toHaveText('1 of 16 watched');
  await b.getByRole('button', { name: 'Mark all up to here, episodes 1 to 6' }).click();
  await expect(count(a)).toHaveText('6 of 16 watched');
  await a.getByRole('checkbox', { name: /Show all spoilers/ }).check();
  await expect(b.getByRole('checkbox', { name: /Show all spoilers/ })).toBeChecked();
});
