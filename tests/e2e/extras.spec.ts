import { test, expect, appReady, readData } from './fixtures';

test('the about page: awards, the real books with the unconfirmed one marked, filming, watching, sources', async ({ page }) => {
  await page.goto('/about/');
  await appReady(page);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Awards', exact: true })).toBeVisible();
  await expect(main).toContainText('Best Supporting Actor');
  await expect(main).toContainText('The award went to Atlantic Crossing.');
  const books = main.locator('.book');
  await expect(books).toHaveCount(4);
  await expect(books.filter({ hasText: 'The Cheerful Dog' })).toContainText('not confirmed');
  await expect(books.filter({ hasText: 'Zombie Kid' })).not.toContainText('not confirmed');
  await expect(main.getByRole('heading', { name: 'Where it was filmed' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Where to watch' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'If you liked this' })).toBeVisible();
  const sources = main.locator('ol.sources > li');
  expect(await sources.count()).toBeGreaterThan(8);
  for (const href of await main.locator('ol.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\//);
  }
  const show = readData('show.json');
  await expect(main).toContainText(show.books.titles[0].title);
});

test('share falls back to copying the link, with a visible confirmation', async ({ page, context, browserName }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // The desktop build of Chromium may have a share sheet; this test is about the fallback.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.goto('/cast/ko-moon-young/');
  await appReady(page);
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('share uses the phone’s share sheet where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        (window as any).__shared = data;
      },
    });
  });
  await page.goto('/episodes/7/');
  await appReady(page);
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
  const shared = await page.evaluate(() => (window as any).__shared);
  expect(shared.url).toBe(page.url());
  expect(shared.title).toContain('Episode 7');
});

test('with neither share nor clipboard, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.goto('/episodes/7/');
  await appReady(page);
  await page.getByRole('button', { name: 'Share this page' }).click();
  const field = page.getByLabel('Copy this link:');
  await expect(field).toHaveValue(page.url());
});
