import { test, expect, appReady } from './fixtures';

const results = (page: import('@playwright/test').Page) => page.locator('.search__results li');

test('search finds an actor spelled loosely, and the result leads to the page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
  const field = page.getByLabel('Search', { exact: true });
  await field.fill('kim soohyun');
  await expect(results(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 result for' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=kim%20soohyun$/);
  await results(page).getByRole('link', { name: 'Moon Gang-tae' }).click();
  await expect(page).toHaveURL(/\/cast\/moon-gang-tae\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Moon Gang-tae');
});

test('search in Hangul, by tale, and with nothing found', async ({ page }) => {
  await page.goto('/search/');
  await appReady(page);
  const field = page.getByLabel('Search', { exact: true });
  await field.fill('문강태');
  await expect(results(page).first()).toContainText('Moon Gang-tae');
  await field.fill('RED-SHOES');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page)).toContainText('Episode 2: The Lady in Red Shoes');
  await field.fill('janghwa');
  await expect(results(page).first()).toContainText('Episode 13');
  await field.fill('zzzz');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found for “zzzz”.' })).toBeVisible();
  // A spoiler must not be findable.
  await field.fill('Do Hui-jae');
  await expect(results(page)).toHaveCount(0);
});

test('a shared search link opens with its results, and search works offline', async ({ page, context, guard }) => {
  await page.goto('/search/?q=oh%20jung-se');
  await appReady(page);
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('oh jung-se');
  await expect(results(page).first()).toContainText('Moon Sang-tae');
  // Only the browser's own late favicon request can fail here; the search itself asks for nothing.
  guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED/);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.setOffline(true);
  await page.getByLabel('Search', { exact: true }).fill('park gyu young');
  await expect(results(page).first()).toContainText('Nam Ju-ri');
  expect(requests.filter((u) => !u.endsWith('/favicon.svg'))).toEqual([]);
  await context.setOffline(false);
});
