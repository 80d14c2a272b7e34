import { test, expect, open } from './fixtures';

// "Share this page": the phone's share sheet where there is one, else the clipboard, else the
// link shown to copy by hand.

test('share falls back to copying the link, with a visible confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // The desktop build of Chromium may have a share sheet; this test is about the fallback.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await open(page, '/ko/cast/ko-moon-young/');
  await page.getByRole('button', { name: '이 페이지 공유하기' }).click();
  await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다.' })).toBeVisible();
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
  await open(page, '/episodes/7/');
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
  await open(page, '/episodes/7/');
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(page.getByLabel('Copy this link:')).toHaveValue(page.url());
});
