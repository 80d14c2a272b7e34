import { test, expect, appReady, allRoutes, readData } from './fixtures';

// Each page, loaded directly, shows its facts once the app is running.

test('home: premise, key facts, where to watch and the season-2 status', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page).toHaveTitle("It's Okay to Not Be Okay — fan guide");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("It's Okay to Not Be Okay");
  const main = page.locator('main');
  for (const fact of ['사이코지만 괜찮아', 'fairy tale', 'tvN', '20 June 2020 to 9 August 2020',
    'Saturdays and Sundays at 21:00 KST', 'About 70 to 85 minutes', 'Jo Yong', 'Park Shin-woo',
    'Hyde, Jekyll and Me', 'Studio Dragon', 'Story TV and Gold Medalist', 'Netflix']) {
    await expect(main).toContainText(fact);
  }
  await expect(page.locator('section[aria-labelledby="watch-heading"]')).toContainText('As of September 2025');
  const status = page.locator('.status-line');
  await expect(status).toContainText('No season 2 has been announced');
  await expect(status).toContainText('September 2025');
  await status.getByRole('link', { name: 'Read the outlook' }).click();
  await expect(page).toHaveURL(/\/outlook\/$/);
});

test('cast: all twelve cards with names in English and Hangul', async ({ page }) => {
  await page.goto('/cast/');
  await appReady(page);
  await expect(page).toHaveTitle(/^Cast · /);
  const cards = page.locator('article.cast-card');
  await expect(cards).toHaveCount(12);
  const cast = readData('cast.json');
  for (const m of cast.members) {
    const card = cards.filter({ has: page.getByRole('heading', { name: new RegExp(m.character.en) }) });
    await expect(card).toContainText(m.actor.en);
    if (m.actor.ko) await expect(card).toContainText(m.actor.ko);
    if (m.character.ko) await expect(card).toContainText(m.character.ko);
  }
  await expect(page.locator('.cast-grid').first().locator('.cast-card')).toHaveCount(4);
  await expect(cards.first()).toContainText('My Love from the Star');
});

test('cast member: one character page with its spoiler kept hidden', async ({ page }) => {
  await page.goto('/cast/park-haeng-ja/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Park Haeng-ja');
  await expect(page.locator('main')).toContainText('Jang Young-nam');
  await expect(page.locator('main')).not.toContainText('Do Hui-jae');
  await page.getByRole('button', { name: 'Reveal spoiler (episode 13)' }).click();
  await expect(page.locator('main')).toContainText('Do Hui-jae');
});

test('episodes: sixteen rows with dates, tales and marked rating extremes', async ({ page }) => {
  await page.goto('/episodes/');
  await appReady(page);
  const rows = page.locator('li.episode-row');
  await expect(rows).toHaveCount(16);
  await expect(page.locator('#episode-1')).toContainText('Sat 20 Jun 2020');
  await expect(page.locator('#episode-1')).toContainText('The Boy Who Fed on Nightmares');
  await expect(page.locator('#episode-16')).toContainText('Sun 9 Aug 2020');
  await expect(page.locator('#episode-16 .rating')).toContainText('7.3%');
  await expect(page.locator('#episode-16 .badge--highest')).toHaveText('Highest');
  await expect(page.locator('#episode-2 .badge--lowest')).toHaveText('Lowest');
  await expect(page.locator('#episode-10 .rating')).toHaveText('n/a');
  await expect(page.locator('#episode-13')).toContainText('Janghwa Hongryeon');
  await expect(page.locator('#episode-15')).toContainText('literal translation');
});

test('episode: details and links to its neighbours', async ({ page }) => {
  await page.goto('/episodes/15/');
  await appReady(page);
  await expect(page).toHaveTitle(/^Episode 15: The Brothers Who Got Along · /);
  await expect(page.locator('main')).toContainText('Saturday, 8 August 2020');
  await expect(page.locator('main')).toContainText('6.5%');
  await page.getByRole('link', { name: /Next: episode 16/ }).click();
  await expect(page).toHaveURL(/\/episodes\/16\/$/);
  await expect(page.locator('main')).toContainText('Sunday, 9 August 2020');
  await expect(page.getByRole('link', { name: /Next: episode/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Previous: episode 15/ })).toBeVisible();
});

test('outlook: status, dated reasons with sources, timeline, figures from the clock', async ({ page }) => {
  await page.goto('/outlook/');
  await appReady(page);
  await expect(page.locator('.verdict')).toContainText('Status as of September 2025');
  await expect(page.locator('.verdict__headline')).toHaveText('No season 2 has been announced');
  const days = Math.floor(Date.now() / 86_400_000) - Math.floor(Date.UTC(2020, 7, 9) / 86_400_000);
  await expect(page.locator('.figures')).toContainText(String(days));
  await expect(page.locator('.figures')).toContainText('summer 2021');
  await expect(page.getByRole('heading', { name: 'Why a season 2 is unlikely' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What speaks for one' })).toBeVisible();
  for (const reason of await page.locator('.reason').all()) {
    await expect(reason.locator('.source')).toContainText('Source:');
    await expect(reason.locator('time')).toHaveAttribute('datetime', /^\d{4}/);
  }
  await expect(page.locator('.timeline__item')).toHaveCount(readData('outlook.json').timeline.length);
  // The one argument for a renewal, the ratings spike, comes with its chart.
  await expect(page.getByRole('img', { name: /ratings/i })).toBeVisible();
  await expect(page.locator('.chart__note')).toHaveText('the finale spike');
  // The finale's ending is a spoiler, kept behind a button.
  await expect(page.getByRole('button', { name: 'Reveal spoiler (episode 16)' })).toBeVisible();
});

test('every deep link is a real file answered with 200 and its own title', async ({ request }) => {
  for (const route of allRoutes()) {
    for (const path of [route.path, route.path.replace(/\/$/, '') || '/']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain('<title>');
      expect(html, `${path} carries its prerendered content`).toContain('id="prerendered"');
    }
  }
});

test('deep links open in a new tab and survive a refresh', async ({ page }) => {
  for (const path of ['/cast/ko-moon-young/', '/episodes/16/', '/outlook/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await appReady(page);
    await page.reload();
    await appReady(page);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
  await page.goto('/episodes/16');
  await appReady(page);
  await expect(page.locator('main')).toContainText('Episode 16 of 16');
});

test('unknown routes show the not-found page with a way home', async ({ page, guard }) => {
  // The host answers these with the site's 404.html and status 404, which Chromium logs.
  guard.allowConsoleError(/status of 404/);
  for (const path of ['/no-such-page/', '/episodes/17/', '/episodes/abc/', '/cast/nobody/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle(/^Page not found · /);
    await expect(page.getByRole('link', { name: 'Go to the start of the guide' })).toBeVisible();
  }
  // A route the app knows the shape of but the data does not have is explained.
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => {
    history.pushState({}, '', '/episodes/17/');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main')).toContainText('There is no episode 17');
});

test('navigation moves between pages without reloading and marks the current one', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Episodes' }).click();
  await expect(page).toHaveURL(/\/episodes\/$/);
  await expect(page.locator('li.episode-row')).toHaveCount(16);
  await expect(nav.getByRole('link', { name: 'Episodes' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /.*/);
  await page.locator('#episode-4 h2 a').click();
  await expect(page).toHaveURL(/\/episodes\/4\/$/);
  await expect(page).toHaveTitle(/^Episode 4: Zombie Kid/);
  await expect(nav.getByRole('link', { name: 'Episodes' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL(/\/episodes\/$/);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});

test('the ratings chart draws every figure, a gap for episode 10, and has a table alternative', async ({ page }) => {
  await page.goto('/episodes/');
  await appReady(page);
  const chart = page.getByRole('img', { name: /ratings/i });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /Highest: episode 16 at 7\.3%\. Lowest: episode 2 at 4\.7%\. No figure for episode 10\./);
  await expect(page.locator('.chart__bar')).toHaveCount(15); // 16 episodes, one without a figure
  await expect(page.locator('.chart__value--missing')).toHaveText('n/a (no figure)');
  await expect(page.locator('.chart__bar--highest')).toHaveCount(1);
  await expect(page.locator('.chart__note')).toHaveText('the finale spike');
  await page.getByText('Show the ratings as a table').click();
  const rows = page.locator('.chart__table tbody tr');
  await expect(rows).toHaveCount(16);
  await expect(rows.nth(9)).toHaveText(/10\s*n\/a/);
  await expect(rows.nth(15)).toHaveText(/16\s*7\.3%/);
});

test('every prerendered page says exactly what the app then shows (no flash, nothing only for JS)', async ({ page, browser }, info) => {
  test.skip(info.project.name === 'phone', 'the markup does not depend on the device; runs once');
  test.setTimeout(120_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const raw = await noJs.newPage();
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const route of allRoutes()) {
    await raw.goto(route.path);
    const before = text(await raw.locator('main').innerText());
    await page.goto(route.path);
    await appReady(page);
    const after = text(await page.locator('main').innerText());
    expect(after, route.path).toBe(before);
  }
  await noJs.close();
});
