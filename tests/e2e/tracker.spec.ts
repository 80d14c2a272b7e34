import { readFileSync } from 'node:fs';
import {
  test, expect, appReady, open, rate, stored, withProgress, nav, inLang, localToday, markUpTo, UI, LANGS, PROGRESS_KEY, type Page,
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

    // Up to here asks which day; the focus goes to the first answer and comes back after.
    await page.getByRole('button', { name: t.upTo(5) }).click();
    await expect(page.getByRole('button', { name: t.dateToday, exact: true })).toBeFocused();
    await page.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(page.getByRole('button', { name: t.upTo(5) })).toBeFocused();
    await expect(count(page)).toHaveText(t.count(1));
    await markUpTo(page, lang, 5, 'dateUnknown');
    await expect(count(page)).toHaveText(t.count(5));
    await expect(page.locator('progress.progress__bar')).toHaveAttribute('value', '5');
    // Episode 3 keeps the day it was marked; the others have none.
    const today = await localToday(page);
    expect(await stored(page)).toMatchObject({ v: 3, watched: [1, 2, 3, 4, 5], runs: [{ '1': null, '2': null, '3': today, '4': null, '5': null }] });

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

  await page.getByRole('button', { name: UI.en.mark(1), exact: true }).click();
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
  const newer = '{"v":4,"watched":[1,2,3],"show_all_spoilers":false,"ratings":{"2":4},"moods":{"1":"sad"}}';
  await withStored(page, '/episodes/', newer);
  await expect(page.locator('.tracker-notice')).toContainText('newer version');
  await expect(count(page)).toHaveText(UI.en.count(3));
  expect(await raw(page), 'nothing is written before the reader changes something').toBe(newer);
  await page.getByRole('button', { name: UI.en.mark(4) }).click();
  expect(await raw(page, BACKUP)).toBe(newer);
  expect(await stored(page)).toMatchObject({ v: 3, watched: [1, 2, 3, 4], ratings: { '2': 4 } });
});

test('values in the older layouts are carried over, without a notice since nothing was lost', { tag: '@once' }, async ({ page }) => {
  await withStored(page, '/episodes/', '{"v":1,"watched":[1,2,16],"show_all_spoilers":false}');
  await expect(page.locator('.tracker-notice')).toBeEmpty();
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
  await markUpTo(page, 'en', 4);
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
  await markUpTo(b, 'ko', 6);
  await expect(count(a)).toHaveText(UI.en.count(6));
  await a.getByRole('checkbox', { name: /Show all spoilers/ }).check();
  await expect(b.getByRole('checkbox', { name: /스포일러 모두 보기/ })).toBeChecked();
});

// A ViewingActivity.csv as Netflix's personal-data download writes it: times in UTC (noon, so the
// day is the same in every time zone), another show's row, and a stray few seconds of episode 3.
const VIEWING_ACTIVITY = [
  'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country',
  "Mun,2024-03-03 12:00:00,01:10:00,,\"It's Okay to Not Be Okay: Season 1: Episode 2 (Episode 2)\",,Chrome PC,01:10:00,01:10:00,KR (South Korea)",
  'Mun,2024-03-02 12:30:00,00:45:00,,"Hospital Playlist: Season 1: Episode 1 (Episode 1)",,Chrome PC,00:45:00,00:45:00,KR (South Korea)',
  "Mun,2024-03-02 12:00:00,01:05:00,,\"It's Okay to Not Be Okay: Season 1: Episode 1 (Episode 1)\",,Chrome PC,01:05:00,01:05:00,KR (South Korea)",
  "Mun,2024-03-04 12:00:00,00:00:20,,\"It's Okay to Not Be Okay: Season 1: Episode 3 (Episode 3)\",,Chrome PC,00:00:20,00:00:20,KR (South Korea)",
].join('\n');

test('the reader\'s record: Netflix history brought in, watch days changed, the diary, runs ended and deleted, the notes setting, a CSV copy', { tag: '@once' }, async ({ page }) => {
  const t = UI.en;
  await open(page, '/progress/');
  // Netflix: previewed first, nothing changes until Apply.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText(t.netflixChoose).click()]);
  await chooser.setFiles({ name: 'ViewingActivity.csv', mimeType: 'text/csv', buffer: Buffer.from(VIEWING_ACTIVITY) });
  const preview = page.locator('.netflix__preview');
  await expect(preview).toContainText('Found 2 episodes in 4 rows; 1 row of other shows was ignored');
  await expect(preview).toContainText('1 viewing of a few seconds was left out.');
  await expect(preview.locator('.netflix__marks li')).toHaveText(['Episode 1: 2 March 2024', 'Episode 2: 3 March 2024']);
  expect(await stored(page)).toBeNull();
  await preview.getByRole('button', { name: t.transfer.apply }).click();
  await expect(page.getByRole('status').filter({ hasText: t.imported })).toBeVisible();
  expect(await stored(page)).toMatchObject({ v: 3, watched: [1, 2], runs: [{ '1': '2024-03-02', '2': '2024-03-03' }] });
  // A second file, dropped on the section: NetflixViewingHistory.csv with a date that reads two
  // ways (3/4/24), which the reader settles.
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'NetflixViewingHistory.csv', { type: 'text/csv' }));
    return transfer;
  }, 'Title,Date\n"It\'s Okay to Not Be Okay: Limited Series: Sleeping Witch","3/4/24"\n');
  await page.locator('section.netflix').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(preview).toContainText('These dates can be read two ways');
  await preview.getByRole('button', { name: '3 April 2024' }).click();
  await expect(preview.locator('.netflix__marks li')).toContainText(['Episode 3: 3 April 2024']);
  await preview.getByRole('button', { name: t.transfer.apply }).click();
  await expect(page.getByRole('status').filter({ hasText: t.imported })).toBeVisible();
  expect((await stored(page)).runs[0]).toMatchObject({ '1': '2024-03-02', '2': '2024-03-03', '3': '2024-04-03' });

  // The diary, newest first, and the run with its days.
  await expect(page.locator('.diary__entry')).toHaveText(['3 Apr 2024 Episode 3', '3 Mar 2024 Episode 2', '2 Mar 2024 Episode 1']);
  await expect(page.locator('.run')).toHaveCount(1);
  await expect(page.locator('.run')).toContainText('First watch 3 of 16 · 2 March 2024 – 3 April 2024');

  // A CSV copy: a row per episode and run.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.exportCsv }).click()]);
  expect(download.suggestedFilename()).toMatch(/^okay-guide-progress-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').split(/\r?\n/);
  expect(csv[0]).toBe('episode,watched_date,run,rating,note');
  expect(csv).toContain('1,2024-03-02,1,,');

  // The day of a watch, on the episode's page: changed, refused before the broadcast, or not known.
  await page.goto('/episodes/2/');
  await appReady(page);
  await expect(page.locator('.watch-day__now')).toHaveText(t.watchedOn('3 March 2024'));
  await page.getByText(t.changeDay).click();
  const day = page.getByLabel(t.dayLabel);
  await expect(day).toHaveValue('2024-03-03');
  await day.fill('2020-06-20');
  await expect(page.getByRole('alert').filter({ hasText: /broadcast|before/ })).toBeVisible();
  expect((await stored(page)).runs[0]['2']).toBe('2024-03-03');
  await day.fill('2021-01-05');
  await expect(page.locator('.watch-day__now')).toHaveText(t.watchedOn('5 January 2021'));
  await page.getByRole('button', { name: t.dayUnknown, exact: true }).click();
  await expect(page.locator('.watch-day__now')).toHaveText(t.watchedDayUnknown);
  expect((await stored(page)).runs[0]['2']).toBeNull();

  // Ending the first watch where it stopped, starting again, deleting that rewatch.
  await page.goto('/progress/');
  await appReady(page);
  await page.getByRole('button', { name: t.endRun(0) }).click();
  await page.locator('.runs').getByRole('button', { name: t.startRewatch }).click();
  await expect(page.locator('.run')).toHaveCount(2);
  await expect(page.locator('.run').nth(1)).toContainText('Rewatch 1 0 of 16');
  await page.getByRole('button', { name: 'Delete rewatch 1' }).click();
  await expect(page.locator('.run')).toHaveCount(1);
  expect(await stored(page)).toMatchObject({ watched: [1, 2, 3], ended: true });

  // The content-notes setting is the reader's, on every episode page.
  await page.getByRole('checkbox', { name: t.notesOpenSetting }).uncheck();
  await page.goto('/episodes/1/');
  await appReady(page);
  await expect(page.locator('#content-notes-body')).toBeHidden();
  await page.locator('.content-notes__toggle').click();
  await expect(page.locator('#content-notes-body')).toBeVisible();
});
