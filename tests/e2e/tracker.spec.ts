import {
  test, expect, appReady, open, rate, stored, withProgress, nav, inLang, storedValue, UI, LANGS, PROGRESS_KEY, type Page,
} from './fixtures';

// The watch tracker: episodes marked watched, ratings and notes, a rewatch, and what happens when
// the stored value is not what this version wrote.

const BACKUP = 'okay-guide.progress.backup';
const count = (page: Page) => page.locator('.progress__count');
const raw = (page: Page, key = PROGRESS_KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Opens the site once, puts `value` in storage as another version (or a stranger) would, reloads. */
async function withStored(page: Page, path: string, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('e2e.seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('e2e.seeded', '1');
      }
    },
    [PROGRESS_KEY, value],
  );
  await open(page, path);
}

for (const lang of LANGS) {
  test(`marking episodes watched, one or up to here, survives a reload (${lang})`, async ({ page }) => {
    const t = UI[lang];
    await open(page, inLang(lang, '/episodes/'));
    await expect(count(page)).toHaveText(t.count(0));

    await page.getByRole('button', { name: t.mark(3), exact: true }).click();
    const three = page.getByRole('button', { name: t.unmark(3), exact: true });
    await expect(three).toHaveAttribute('aria-pressed', 'true');
    await expect(count(page)).toHaveText(t.count(1));
    await expect(page.locator('#episode-3')).toHaveClass(/episode-row--watched/);

    await page.getByRole('button', { name: t.upTo(5) }).click();
    await expect(count(page)).toHaveText(t.count(5));
    await expect(page.locator('progress.progress__bar')).toHaveAttribute('value', '5');
    expect(await raw(page)).toBe(storedValue({ watched: [1, 2, 3, 4, 5] }));

    await page.reload();
    await appReady(page);
    await expect(count(page)).toHaveText(t.count(5));
    await expect(page.getByRole('button', { name: t.unmark(5), exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: t.mark(6), exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: t.upTo(5) }), 'hidden once all up to 5 are watched').toHaveCount(0);

    // Unmarking one leaves the others; the home page says where to carry on.
    await page.getByRole('button', { name: t.unmark(2), exact: true }).click();
    await expect(count(page)).toHaveText(t.count(4));
    await nav(page, lang).getByRole('link', { name: t.sections[0], exact: true }).click();
    await expect(count(page)).toHaveText(t.count(4));
    await page.getByRole('link', { name: t.continueWith(2) }).click();
    await expect(page).toHaveURL(new RegExp(`${inLang(lang, '/episodes/2/')}$`));
    await page.getByRole('button', { name: t.mark(2), exact: true }).click();
    await expect(page.getByRole('button', { name: t.unmark(2), exact: true })).toBeVisible();
    await page.goto(inLang(lang, '/'));
    await appReady(page);
    await expect(page.getByRole('link', { name: t.continueWith(6) })).toBeVisible();
  });
}

test('marked in one language, shown in the other', { tag: '@once' }, async ({ page }) => {
  await open(page, '/episodes/7/');
  await page.getByRole('button', { name: UI.en.mark(7) }).click();
  await page.goto('/ko/episodes/');
  await appReady(page);
  await expect(page.getByRole('button', { name: UI.ko.unmark(7) })).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText(UI.ko.count(1));
});

test('clearing progress asks first, Cancel keeps everything, and ratings stay either way', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { watched: [1, 2, 3], ratings: { '2': 5 } });
  await open(page, '/ko/episodes/');
  await expect(count(page)).toHaveText(UI.ko.count(3));
  await page.getByRole('button', { name: UI.ko.clear }).click();
  await expect(page.getByRole('alert')).toContainText('표시한 회차를 모두 지우시겠습니까?');
  await expect(page.getByRole('button', { name: UI.ko.clearYes })).toBeFocused();
  await page.getByRole('button', { name: UI.ko.cancel }).click();
  await expect(count(page)).toHaveText(UI.ko.count(3));
  await expect(page.getByRole('button', { name: UI.ko.clear })).toBeFocused();

  await page.getByRole('button', { name: UI.ko.clear }).click();
  await page.getByRole('button', { name: UI.ko.clearYes }).click();
  await expect(count(page)).toHaveText(UI.ko.count(0));
  await expect(page.getByRole('button', { name: UI.ko.clear })).toBeDisabled();
  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText(UI.ko.count(0));
  expect(await stored(page)).toMatchObject({ watched: [], ratings: { '2': 5 } });
});

test('finishing the show offers a rewatch, which clears the ticks and keeps spoilers, ratings and notes', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { watched: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], ratings: { '16': 5 }, notes: { '16': 'the end' } });
  await open(page, '/episodes/16/');
  await expect(page.getByRole('button', { name: UI.en.startRewatch }), 'not before the last episode').toHaveCount(0);
  await page.getByRole('button', { name: UI.en.mark(16) }).click();
  await nav(page).getByRole('link', { name: 'Home' }).click();
  await expect(count(page)).toHaveText(UI.en.count(16));
  await expect(page.locator('.progress__next')).toContainText(UI.en.seenAll);
  await page.getByRole('button', { name: UI.en.startRewatch }).click();
  await expect(count(page)).toHaveText(UI.en.count(0));
  await expect(page.locator('.progress__finished')).toHaveText(UI.en.finishedOnce);
  await expect(page.getByRole('link', { name: UI.en.startWith(1) })).toBeVisible();
  expect(await stored(page)).toMatchObject({ watched: [], rewatches: 1, ratings: { '16': 5 }, notes: { '16': 'the end' } });
  // Spoilers stay unlocked for a reader who has seen it all.
  await page.goto('/episodes/16/');
  await appReady(page);
  await expect(page.getByRole('button', { name: UI.en.mark(16) })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.spoiler__reveal')).toHaveCount(0);
  await expect(page.locator('.spoiler__text').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: UI.en.stars(5) })).toBeChecked();
  await expect(page.getByLabel(UI.en.yourNote)).toHaveValue('the end');
  // Korean too.
  await page.goto('/ko/');
  await appReady(page);
  await expect(page.locator('.progress__finished')).toHaveText(UI.ko.finishedOnce);
});

for (const lang of LANGS) {
  test(`a rating and a private note survive a reload (${lang})`, async ({ page }) => {
    const t = UI[lang];
    await open(page, inLang(lang, '/episodes/9/'));
    const stars = page.getByRole('group', { name: t.yourRating });
    await expect(stars).toBeVisible();
    await expect(page.getByRole('radio', { name: t.noRating })).toBeChecked();
    await rate(page, 9, 4);
    await expect(page.getByRole('radio', { name: t.stars(4) })).toBeChecked();
    await expect(page.locator('.stars__now')).toHaveText(t.stars(4));
    const note = page.getByLabel(t.yourNote);
    await note.fill('임금님 귀는 당나귀 귀 — loved the beach scene');
    await expect(page.locator('.note-field__help')).toContainText(t.noteCount(36));
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('radio', { name: t.stars(4) })).toBeChecked();
    await expect(page.getByLabel(t.yourNote)).toHaveValue('임금님 귀는 당나귀 귀 — loved the beach scene');
    expect(await stored(page)).toMatchObject({ ratings: { '9': 4 }, notes: { '9': '임금님 귀는 당나귀 귀 — loved the beach scene' } });
    // Changed and cleared.
    await rate(page, 9, 2);
    await expect(page.getByRole('radio', { name: t.stars(2) })).toBeChecked();
    await rate(page, 9, 0);
    await expect(page.getByRole('radio', { name: t.noRating })).toBeChecked();
    await page.getByLabel(t.yourNote).fill('');
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('radio', { name: t.noRating })).toBeChecked();
    await expect(page.getByLabel(t.yourNote)).toHaveValue('');
    expect(await stored(page)).toMatchObject({ ratings: {}, notes: {} });
  });
}

test('a note stops at 500 characters', { tag: '@once' }, async ({ page }) => {
  await open(page, '/episodes/1/');
  const note = page.getByLabel(UI.en.yourNote);
  await note.fill('가'.repeat(480) + 'x'.repeat(100));
  await expect(note).toHaveValue('가'.repeat(480) + 'x'.repeat(20));
  await expect(page.locator('.note-field__help')).toContainText(UI.en.noteCount(500));
  await page.reload();
  await appReady(page);
  expect([...(await page.getByLabel(UI.en.yourNote).inputValue())].length).toBe(500);
});

test('a corrupt stored value: a notice, an empty tracker, the page intact, the old value kept aside', { tag: '@once' }, async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":2,"watched":[1,2');
  await expect(page.locator('.tracker-notice')).toContainText('could not be read');
  await expect(count(page)).toHaveText(UI.en.count(0));
  await expect(page.locator('li.episode-row')).toHaveCount(16);

  await page.getByRole('button', { name: UI.en.mark(1) }).click();
  await expect(count(page)).toHaveText(UI.en.count(1));
  expect(await raw(page, BACKUP)).toBe('{"v":2,"watched":[1,2');
  expect((await stored(page)).watched).toEqual([1]);

  await page.locator('.tracker-notice').getByRole('button', { name: UI.en.dismiss }).click();
  await expect(page.locator('.tracker-notice')).toBeEmpty();
});

test('a foreign value (not ours) is ignored with a notice, in Korean on a Korean page', { tag: '@once' }, async ({ page }) => {
  await withStored(page, '/ko/', '"dark-mode"');
  await expect(page.locator('.tracker-notice')).toContainText('저장된 시청 기록을 읽을 수 없어');
  await expect(count(page)).toHaveText(UI.ko.count(0));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('사이코지만 괜찮아');
});

test('a value from a newer version is read as far as possible and its original kept', { tag: '@once' }, async ({ page }) => {
  const newer = '{"v":3,"watched":[1,2,3],"show_all_spoilers":false,"ratings":{"2":4},"moods":{"1":"sad"}}';
  await withStored(page, '/episodes/', newer);
  await expect(page.locator('.tracker-notice')).toContainText('newer version');
  await expect(count(page)).toHaveText(UI.en.count(3));
  expect(await raw(page), 'nothing is written before the reader changes something').toBe(newer);
  await page.getByRole('button', { name: UI.en.mark(4) }).click();
  expect(await raw(page, BACKUP)).toBe(newer);
  expect(await stored(page)).toMatchObject({ v: 2, watched: [1, 2, 3, 4], ratings: { '2': 4 } });
});

test('values in the older layouts are carried over', { tag: '@once' }, async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":1,"watched":[1,2,16],"show_all_spoilers":false}');
  await expect(page.locator('.tracker-notice')).toContainText('older version');
  await expect(count(page)).toHaveText(UI.en.count(3));
  await expect(page.getByRole('button', { name: UI.en.unmark(16) })).toBeVisible();
  await page.evaluate((k) => localStorage.setItem(k, '[4, 5]'), PROGRESS_KEY);
  await page.reload();
  await appReady(page);
  await expect(count(page)).toHaveText(UI.en.count(2));
});

test('entries that are not episodes are dropped, the rest kept', { tag: '@once' }, async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":2,"watched":[0,4,99,"x"],"ratings":{"4":9}}');
  await expect(page.locator('.tracker-notice')).toContainText('4 entries that could not be read');
  await expect(count(page)).toHaveText(UI.en.count(1));
});

test('storage that throws on access: the tracker works for the visit, with a notice', { tag: '@once' }, async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page, '/episodes/');
  await expect(page.locator('.tracker-notice')).toContainText('works for this visit only');
  await page.getByRole('button', { name: UI.en.upTo(4) }).click();
  await expect(count(page)).toHaveText(UI.en.count(4));
  await nav(page).getByRole('link', { name: 'Home' }).click();
  await expect(count(page)).toHaveText(UI.en.count(4));
});

test('a full storage: the change is kept for the visit and the reader told', { tag: '@once' }, async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page, '/episodes/');
  await expect(page.locator('.tracker-notice')).toBeEmpty();
  await page.getByRole('button', { name: UI.en.mark(7) }).click();
  await expect(count(page)).toHaveText(UI.en.count(1));
  await expect(page.locator('.tracker-notice')).toContainText('could not be saved');
});

test('two tabs stay in step', { tag: '@once' }, async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/episodes/');
  await b.goto('/ko/episodes/');
  await appReady(a);
  await appReady(b);
  await a.getByRole('button', { name: UI.en.mark(2) }).click();
  await expect(b.getByRole('button', { name: UI.ko.unmark(2) })).toBeVisible();
  await expect(count(b)).toHaveText(UI.ko.count(1));
  await b.getByRole('button', { name: UI.ko.upTo(6) }).click();
  await expect(count(a)).toHaveText(UI.en.count(6));
  await a.getByRole('checkbox', { name: /Show all spoilers/ }).check();
  await expect(b.getByRole('checkbox', { name: /스포일러 모두 보기/ })).toBeChecked();
});
