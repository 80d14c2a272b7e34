import { test, expect, appReady } from './fixtures';

const SECRET = 'Do Hui-jae';

test('a spoiler is absent from the page until revealed', async ({ page }) => {
  await page.goto('/cast/park-haeng-ja/');
  await appReady(page);
  expect(await page.locator('body').innerText()).not.toContain(SECRET);
  expect(await page.content(), 'not even hidden in the markup').not.toContain(SECRET);
  const accessible = await page.locator('main').ariaSnapshot();
  expect(accessible, 'nor read out by a screen reader').not.toContain(SECRET);
  await page.getByRole('button', { name: 'Reveal spoiler (episode 13)' }).click();
  await expect(page.locator('main')).toContainText(SECRET);
});

test('spoilers unlock by themselves once their episode is marked watched', async ({ page }) => {
  await page.goto('/episodes/12/');
  await appReady(page);
  await page.getByRole('button', { name: 'Mark episode 12 as watched' }).click();
  await page.getByRole('link', { name: /Next: episode 13/ }).click();
  await expect(page.getByRole('button', { name: 'Reveal spoiler (episode 13)' }), 'episode 12 does not unlock 13').toBeVisible();

  await page.getByRole('button', { name: 'Mark episode 13 as watched' }).click();
  await expect(page.locator('main')).toContainText(SECRET);
  await expect(page.getByRole('button', { name: /Reveal spoiler/ })).toHaveCount(0);

  // Everywhere else too: the cast card, the character's page; the finale's stay hidden.
  await page.goto('/cast/');
  await appReady(page);
  await expect(page.locator('main')).toContainText(SECRET);
  await page.goto('/outlook/');
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Reveal spoiler (episode 16)' }).first()).toBeVisible();
  await page.goto('/episodes/16/');
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Reveal spoiler (episode 16)' })).toBeVisible();
  expect(await page.content()).not.toContain('head nurse is arrested');
});

test('the show-all switch reveals every spoiler, and turning it off hides them again', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('checkbox', { name: /Show all spoilers/ }).check();
  for (const path of ['/outlook/', '/episodes/16/', '/cast/park-haeng-ja/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole('button', { name: /Reveal spoiler/ }), path).toHaveCount(0);
    await expect(page.locator('.spoiler__text').first(), path).toBeVisible();
  }
  await expect(page.locator('main')).toContainText(SECRET);
  await page.goto('/episodes/');
  await appReady(page);
  await page.getByRole('checkbox', { name: /Show all spoilers/ }).uncheck();
  await page.goto('/cast/park-haeng-ja/');
  await appReady(page);
  expect(await page.content()).not.toContain(SECRET);
});
