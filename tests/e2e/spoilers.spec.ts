import { test, expect, appReady, open, withProgress, nav, prose, UI, LANGS, inLang } from './fixtures';

// A spoiler is not in the page (not in the DOM, not read out) until the reader has marked its
// episode watched, switched every spoiler on, or asked for that one.

const SECRET = { en: 'Do Hui-jae', ko: '도희재' };

for (const lang of LANGS) {
  test(`a spoiler is absent from the page until revealed (${lang})`, async ({ page }) => {
    await open(page, inLang(lang, '/cast/park-haeng-ja/'));
    expect(await page.locator('body').innerText()).not.toContain(SECRET[lang]);
    expect(await page.content(), 'not even hidden in the markup').not.toContain(SECRET[lang]);
    expect(await page.locator('main').ariaSnapshot(), 'nor read out by a screen reader').not.toContain(SECRET[lang]);
    await expect(page.locator('.spoiler__text')).toHaveCount(0);
    await page.getByRole('button', { name: UI[lang].reveal(13) }).click();
    await expect(page.locator('main')).toContainText(prose(lang)['cast.park-haeng-ja.spoiler']);
    await expect(page.locator('.spoiler__text')).toHaveCount(1);
    // Asking for one spoiler shows that one only, and only on this page.
    await page.reload();
    await appReady(page);
    expect(await page.content()).not.toContain(SECRET[lang]);
  });
}

test('spoilers unlock by themselves once their episode is marked watched', { tag: '@once' }, async ({ page }) => {
  await open(page, '/episodes/12/');
  await page.getByRole('button', { name: UI.en.mark(12) }).click();
  await page.getByRole('link', { name: /Next: episode 13/ }).click();
  await expect(page.getByRole('button', { name: UI.en.reveal(13) }).first(), 'episode 12 does not unlock 13').toBeVisible();
  expect(await page.content()).not.toContain(SECRET.en);

  await page.getByRole('button', { name: UI.en.mark(13) }).click();
  await expect(page.locator('main')).toContainText(SECRET.en);
  await expect(page.locator('.spoiler__reveal')).toHaveCount(0);

  // Everywhere else too: the cast card, the character's page, in both languages; the finale's stay hidden.
  for (const path of ['/cast/', '/ko/cast/park-haeng-ja/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('main'), path).toContainText(path.startsWith('/ko') ? SECRET.ko : SECRET.en);
  }
  await page.goto('/episodes/16/');
  await appReady(page);
  await expect(page.getByRole('button', { name: UI.en.reveal(16) }).first()).toBeVisible();
  expect(await page.content()).not.toContain(prose('en')['episode.16.spoiler.1']);
});

test('the show-all switch reveals every spoiler, and turning it off hides them again', { tag: '@once' }, async ({ page }) => {
  await open(page, '/');
  await page.getByRole('checkbox', { name: new RegExp(UI.en.spoilerSwitch) }).check();
  for (const path of ['/outlook/', '/episodes/16/', '/cast/park-haeng-ja/', '/music/', '/places/', '/ko/episodes/13/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('.spoiler__reveal'), path).toHaveCount(0);
    await expect(page.locator('.spoiler__text').first(), path).toBeVisible();
  }
  await page.goto('/episodes/');
  await appReady(page);
  await page.getByRole('checkbox', { name: new RegExp(UI.en.spoilerSwitch) }).uncheck();
  await nav(page).getByRole('link', { name: 'Cast' }).click();
  await expect(page.locator('article.cast-card')).toHaveCount(12);
  expect(await page.content()).not.toContain(SECRET.en);
});

test('spoilers on the music and places pages follow the same rules', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { watched: [3] });
  await open(page, '/music/');
  // "Wake Up" is first heard in episode 2; its scene is from episode 3, which is watched.
  const wakeUp = page.locator('li.song').filter({ hasText: 'Wake Up' });
  await expect(wakeUp.locator('.spoiler__text')).toContainText(prose('en')['song.wake-up.scene']);
  await expect(page.locator('.spoiler__reveal').first()).toBeVisible();
  await page.goto('/places/');
  await appReady(page);
  // Places whose scene comes later are behind a button, e.g. the finale's (episode 16).
  const finale = page.locator('#place-simgok');
  await expect(finale.getByRole('button', { name: UI.en.reveal(16) })).toBeVisible();
  expect(await finale.innerText()).not.toContain(prose('en')['place.simgok.scene']);
});
