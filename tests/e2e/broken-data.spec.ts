import { test, expect, appReady, readData } from './fixtures';

// Each broken answer for each data file must give a clear message on the page that needs it, keep
// the header and other pages working, and recover with "Try again" once the file is fine again.
const faults = (file: string) => {
  const f = file.replace('.', '\\.');
  return [
    { name: 'a missing file', status: 404, contentType: 'text/html', body: 'Not found', message: /missing from this site/ },
    { name: 'a server error', status: 500, contentType: 'text/plain', body: 'oops', message: new RegExp(`had a problem sending ${f}`) },
    { name: 'an HTML page instead of JSON', status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>app</body></html>', message: new RegExp(`sent a web page where the data file ${f} should be`) },
    { name: 'malformed JSON', status: 200, contentType: 'application/json', body: '{"format": 1, "members": [', message: new RegExp(`${f} is damaged`) },
    { name: 'JSON of the wrong shape', status: 200, contentType: 'application/json', body: '{"format": 1, "members": "everyone"}', message: new RegExp(`${f} is damaged`) },
    { name: 'an empty body', status: 200, contentType: 'application/json', body: '', message: new RegExp(`${f} is empty`) },
  ];
};

type Page = import('@playwright/test').Page;
const files: { file: string; path: string; other: string; shown: (page: Page) => Promise<void>; otherShown: (page: Page) => Promise<void> }[] = [
  {
    file: 'cast.json', path: '/cast/', other: 'Episodes',
    shown: (page) => expect(page.locator('article.cast-card')).toHaveCount(12),
    otherShown: (page) => expect(page.locator('li.episode-row')).toHaveCount(16),
  },
  {
    file: 'episodes.json', path: '/episodes/', other: 'Cast',
    shown: (page) => expect(page.locator('li.episode-row')).toHaveCount(16),
    otherShown: (page) => expect(page.locator('article.cast-card')).toHaveCount(12),
  },
  {
    file: 'show.json', path: '/', other: 'Cast',
    shown: (page) => expect(page.locator('main')).toContainText('Park Shin-woo'),
    otherShown: (page) => expect(page.locator('article.cast-card')).toHaveCount(12),
  },
  {
    file: 'outlook.json', path: '/outlook/', other: 'Episodes',
    shown: (page) => expect(page.locator('.verdict__headline')).toHaveText('No season 2 has been announced'),
    otherShown: (page) => expect(page.locator('li.episode-row')).toHaveCount(16),
  },
];

for (const target of files) {
  const stem = target.file.replace('.json', '');
  for (const c of faults(target.file)) {
    test(`${target.file} as ${c.name}: a message, the rest works, retry recovers`, async ({ page, guard }) => {
      guard.allowConsoleError(new RegExp(`${stem}\\.json|status of (404|500)`));
      let broken = true;
      await page.route(`**/data/${stem}*.json`, (route) =>
        broken ? route.fulfill({ status: c.status, contentType: c.contentType, body: c.body }) : route.continue(),
      );
      await page.goto(target.path);
      await appReady(page);
      const alert = page.getByRole('alert').filter({ hasText: target.file });
      await expect(alert).toContainText("This part of the guide didn't load");
      await expect(alert).toContainText(c.message);
      const nav = page.getByRole('navigation', { name: 'Sections' });
      await expect(nav).toBeVisible();

      await nav.getByRole('link', { name: target.other, exact: true }).click();
      await target.otherShown(page);
      await page.goBack();
      await expect(page.getByRole('alert').filter({ hasText: target.file })).toContainText(c.message);

      broken = false;
      await page.getByRole('button', { name: 'Try again' }).first().click();
      await target.shown(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
}

test('a broken outlook file breaks only the status line on the home page', async ({ page, guard }) => {
  guard.allowConsoleError(/outlook\.json|status of 404/);
  await page.route('**/data/outlook*.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('outlook.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("It's Okay to Not Be Okay");
  await expect(page.locator('main')).toContainText('Park Shin-woo');
});

test('markup and script in data are shown as text, never run', async ({ page }) => {
  const cast = readData('cast.json');
  cast.members[0].about = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  cast.members[0].character.en = 'Moon <b>Gang-tae</b>';
  cast.members[0].source = { name: 'evil', url: 'javascript:window.__pwned=3' };
  await page.route('**/data/cast*.json', (route) => route.fulfill({ json: cast }));
  await page.goto('/cast/');
  await appReady(page);
  const card = page.locator('article.cast-card').first();
  await expect(card).toContainText('<img src=x onerror="window.__pwned=1"><script>');
  await expect(card.getByRole('heading')).toContainText('Moon <b>Gang-tae</b>');
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('a broken episode file breaks only the chart on the outlook page', async ({ page, guard }) => {
  guard.allowConsoleError(/episodes\.json|status of 500/);
  await page.route('**/data/episodes*.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/outlook/');
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('episodes.json');
  await expect(page.locator('.verdict__headline')).toHaveText('No season 2 has been announced');
  await expect(page.locator('.timeline__item').first()).toBeVisible();
});
