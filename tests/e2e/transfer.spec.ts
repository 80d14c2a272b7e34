import { readFileSync } from 'node:fs';
import { test, expect, open, appReady, stored, withProgress, storedValue, UI, PROGRESS_KEY, type Page, type Stored } from './fixtures';

// Moving progress between devices (/progress/): a link that carries it after #p=, its QR code, and
// a file. Opening such a link or file shows what it holds; nothing changes until the reader picks
// Replace, Merge or Ignore. Anything damaged, foreign or from a newer guide is refused in words.

const T = UI.en.transfer;
const incoming = (page: Page) => page.locator('section.incoming');
const message = (page: Page) => page.locator('.incoming').first();
const raw = (page: Page) => page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);

/** A second "device": its own browser context, with its own storage, guarded like the first. */
async function otherDevice(browser: import('@playwright/test').Browser, baseURL: string, progress?: Stored) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (progress) await withProgress(page, progress);
  return { context, page, errors };
}

/** The link the first device offers. */
async function linkFrom(page: Page) {
  const url = await page.locator('input.transfer__url').inputValue();
  expect(url).toMatch(/\/progress\/#p=[A-Za-z0-9_-]+$/);
  return url;
}

const A: Stored = { watched: [1, 2, 3, 4, 5, 6, 7], ratings: { '2': 5, '5': 3 }, notes: { '3': '마녀 — witch!' } };
const B: Stored = { watched: [10], ratings: { '2': 1, '10': 3 } };

test('the link, its QR code and the copy button', { tag: '@once' }, async ({ page, context, browserName }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withProgress(page, A);
  await open(page, '/progress/');
  await expect(page.locator('.transfer__now')).toContainText('episodes 1–7 watched, 2 ratings, 1 note');
  const url = await linkFrom(page);
  expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  const qr = page.getByRole('img', { name: 'QR code of the link that carries your progress' });
  await expect(qr).toHaveClass('qr');
  expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(200);
  await page.getByRole('button', { name: T.copy }).click();
  await expect(page.locator('.transfer__copied')).toHaveText(T.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  // The link follows the progress as it changes.
  await page.goto('/episodes/8/');
  await appReady(page);
  await page.getByRole('button', { name: UI.en.mark(8) }).click();
  await page.goto('/progress/');
  await appReady(page);
  expect(await linkFrom(page)).not.toBe(url);
  await expect(page.locator('.transfer__now')).toContainText('episodes 1–8 watched');
});

test('a link opened on another device: nothing changes until Replace, which takes it all', { tag: '@once' }, async ({ page, browser, baseURL }) => {
  await withProgress(page, A);
  await open(page, '/progress/');
  const url = await linkFrom(page);

  const b = await otherDevice(browser, baseURL!, B);
  await b.page.goto(url);
  await appReady(b.page);
  await expect(incoming(b.page)).toContainText('This holds episodes 1–7 watched, 2 ratings, 1 note.');
  await expect(b.page.locator('.transfer__now')).toContainText('episode 10 watched, 2 ratings');
  expect(await raw(b.page), 'nothing changed before the reader chose').toBe(storedValue(B));
  await b.page.reload();
  await appReady(b.page);
  expect(await raw(b.page)).toBe(storedValue(B));

  await incoming(b.page).getByRole('button', { name: T.replace }).click();
  await expect(message(b.page)).toHaveText(T.replaced);
  expect(await stored(b.page)).toMatchObject({ watched: A.watched, ratings: A.ratings, notes: A.notes });
  await expect(b.page).toHaveURL(/\/progress\/$/);
  await b.page.reload();
  await appReady(b.page);
  await expect(incoming(b.page), 'a reload does not ask again').toHaveCount(0);
  await b.page.goto('/episodes/3/');
  await appReady(b.page);
  await expect(b.page.getByLabel(UI.en.yourNote)).toHaveValue('마녀 — witch!');
  expect(b.errors).toEqual([]);
  await b.context.close();
});

test('a link opened on another device: Merge keeps both and asks where they disagree; Ignore changes nothing', { tag: '@once' }, async ({ page, browser, baseURL }) => {
  await withProgress(page, A);
  await open(page, '/progress/');
  const url = await linkFrom(page);

  const b = await otherDevice(browser, baseURL!, B);
  await b.page.goto(url.replace('/progress/', '/ko/progress/'));
  await appReady(b.page);
  await expect(incoming(b.page)).toContainText('가져온 기록: 1~7회 시청, 별점 2개, 메모 1개.');
  await incoming(b.page).getByRole('button', { name: UI.ko.transfer.merge }).click();
  // Both rated episode 2, differently: the reader picks; this device's is picked until then.
  const K = UI.ko.transfer;
  const episode2 = b.page.getByRole('group', { name: K.conflictRating(2) });
  await expect(episode2.getByRole('radio', { name: K.keepMine(UI.ko.stars(1)) })).toBeChecked();
  await episode2.getByRole('radio', { name: K.takeTheirs(UI.ko.stars(5)) }).check();
  expect(await raw(b.page), 'nothing changed before Apply').toBe(storedValue(B));
  await incoming(b.page).getByRole('button', { name: K.apply }).click();
  await expect(message(b.page)).toHaveText(K.merged);
  expect(await stored(b.page)).toMatchObject({
    watched: [1, 2, 3, 4, 5, 6, 7, 10],
    ratings: { '2': 5, '5': 3, '10': 3 },
    notes: A.notes,
  });

  const c = await otherDevice(browser, baseURL!, B);
  await c.page.goto(url);
  await appReady(c.page);
  await incoming(c.page).getByRole('button', { name: T.ignore }).click();
  await expect(message(c.page)).toHaveText(T.ignored);
  expect(await raw(c.page)).toBe(storedValue(B));
  expect([...b.errors, ...c.errors]).toEqual([]);
  await b.context.close();
  await c.context.close();
});

test('a progress file: saved on one device, opened on another', { tag: '@once' }, async ({ page, browser, baseURL }) => {
  await withProgress(page, A);
  await open(page, '/progress/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.save }).click()]);
  expect(download.suggestedFilename()).toMatch(/^okay-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ okay_guide_progress: 2, watched: A.watched, ratings: 2, notes: 1, rewatches: 0, runs: 1 });
  expect(file.code).toBe((await linkFrom(page)).split('#p=')[1]);

  const b = await otherDevice(browser, baseURL!);
  await b.page.goto('/progress/');
  await appReady(b.page);
  await expect(b.page.locator('.transfer__now')).toContainText(T.nothingYet);
  const [chooser] = await Promise.all([b.page.waitForEvent('filechooser'), b.page.getByText(T.open).click()]);
  await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(incoming(b.page)).toContainText('This holds episodes 1–7 watched, 2 ratings, 1 note.');
  expect(await raw(b.page)).toBeNull();
  await incoming(b.page).getByRole('button', { name: T.replace }).click();
  await expect(message(b.page)).toHaveText(T.replaced);
  expect(await stored(b.page)).toMatchObject({ watched: A.watched, ratings: A.ratings, notes: A.notes });
  await b.context.close();
});

/** A code whose version byte says it comes from a newer guide (base64url of 03 00 00 00 00). */
const NEWER_CODE = 'AwAAAAA';

const BAD_FILES: { name: string; content: string; says: string }[] = [
  { name: 'empty', content: '', says: T.empty },
  { name: 'foreign JSON', content: '{"theme":"dark","watched":[1,2]}', says: T.notOurs },
  { name: 'not JSON at all', content: '\u0089PNG\r\n\u001a\n', says: T.notOurs },
  { name: 'cut short', content: '{"okay_guide_progress":1,"code":"AQ', says: T.damaged },
  { name: 'an altered code', content: '', says: T.damaged },
  { name: 'from a newer guide', content: `{"okay_guide_progress":3,"code":"${NEWER_CODE}"}`, says: T.newer },
  { name: 'a newer code inside', content: `{"okay_guide_progress":1,"code":"${NEWER_CODE}"}`, says: T.newer },
];

test('damaged, foreign and future files are refused in words, and nothing changes', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, B);
  await open(page, '/progress/');
  const good = (await linkFrom(page)).split('#p=')[1];
  // One character changed in the middle: the checksum catches it.
  const altered = good.slice(0, 6) + (good[6] === 'A' ? 'B' : 'A') + good.slice(7);
  for (const f of BAD_FILES) {
    const content = f.name === 'an altered code' ? `{"okay_guide_progress":1,"code":"${altered}"}` : f.content;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText(T.open).click()]);
    await chooser.setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(content, 'latin1') });
    const alert = page.getByRole('alert');
    await expect(alert, f.name).toHaveText(f.says);
    await expect(page.getByRole('button', { name: T.replace }), f.name).toHaveCount(0);
    expect(await raw(page), f.name).toBe(storedValue(B));
  }
});

test('damaged, foreign and future links are refused in words, in the page\'s language', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, B);
  await open(page, '/progress/');
  const good = (await linkFrom(page)).split('#p=')[1];
  const cases = [
    { hash: good.slice(0, -3), says: T.damaged, lang: 'en' as const },
    { hash: `${good.slice(0, 4)}${good[4] === 'x' ? 'y' : 'x'}${good.slice(5)}`, says: UI.ko.transfer.damaged, lang: 'ko' as const },
    { hash: '%%%not-ours', says: T.notOurs, lang: 'en' as const },
    { hash: NEWER_CODE, says: UI.ko.transfer.newer, lang: 'ko' as const },
    // An empty code reads as damaged rather than empty: both say nothing was changed.
    { hash: '', says: T.damaged, lang: 'en' as const },
  ];
  for (const c of cases) {
    // From another page: a load of its own, as a link opened on the other device is.
    await page.goto('/');
    await page.goto(`${c.lang === 'ko' ? '/ko' : ''}/progress/#p=${c.hash}`);
    await appReady(page);
    await expect(page.getByRole('alert'), c.hash).toHaveText(c.says);
    await expect(page.locator('section.incoming'), c.hash).toHaveCount(0);
    expect(await raw(page), c.hash).toBe(storedValue(B));
  }
});

test('a link pasted into a tab that already shows the progress page is read too', { tag: '@once' }, async ({ page, browser, baseURL }) => {
  // The page reads #p= once, when it loads. Opening the link in a tab already on /progress/ (paste
  // into the address bar, or tap the link again) changes only the fragment: no load, and the
  // page shows nothing of what the link holds.
  await withProgress(page, A);
  await open(page, '/progress/');
  const url = await linkFrom(page);
  const b = await otherDevice(browser, baseURL!);
  await b.page.goto('/progress/');
  await appReady(b.page);
  await b.page.goto(url);
  await expect(incoming(b.page)).toContainText('This holds episodes 1–7 watched, 2 ratings, 1 note.');
  await b.context.close();
});
