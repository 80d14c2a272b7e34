import { test, expect, appReady, open, withProgress, guide, prose, UI, type Page, type Lang } from './fixtures';

// The relationship map and its list: a connection revealed in episode N is not in the page (not
// drawn, not listed, not in the markup) until episode N is marked watched or every spoiler is on.
// The case that matters most: the head nurse, Park Haeng-ja, is Moon-young's mother (episode 13)
// and kills Ko Dae-hwan (episode 14).

const relations = () => guide().relations as { id: string; a: string; b: string; kind: string; from_episode: number | null }[];
const shownAfter = (watched: number[]) => relations().filter((r) => r.from_episode == null || watched.includes(r.from_episode));

const list = (page: Page) => page.locator('ul.connections > li');
const svg = (page: Page) => page.locator('svg.relmap__svg');
/** The list item that joins two people, by their names as the page shows them. */
const between = (page: Page, a: string, b: string) =>
  list(page).filter({ has: page.locator('.connection__who', { hasText: a }) }).filter({ has: page.locator('.connection__who', { hasText: b }) });

/** Everything the page says about one connection, and whether any of it is in the page at all. */
async function expectAbsent(page: Page, id: string, lang: Lang) {
  const text = prose(lang);
  const html = await page.content();
  expect(html, `relation ${id}: its sentence is not in the page`).not.toContain(text[`relation.${id}.text`]);
  if (id === 'killed-dae-hwan') expect(html, `relation ${id}: its label is not in the page`).not.toContain(text[`relation.${id}.label`]);
}

for (const lang of ['en', 'ko'] as const) {
  test(`the map before and after episodes 13 and 14 (${lang})`, { tag: '@once' }, async ({ page }) => {
    const path = lang === 'en' ? '/relationships/' : '/ko/relationships/';
    const t = UI[lang];
    const text = prose(lang);
    const mother = between(page, lang === 'en' ? 'Park Haeng-ja' : '박행자', lang === 'en' ? 'Ko Moon-young' : '고문영');
    // (From episode 13 they are also known to be husband and wife: that is another connection.)
    const killer = between(page, lang === 'en' ? 'Park Haeng-ja' : '박행자', lang === 'en' ? 'Ko Dae-hwan' : '고대환')
      .filter({ has: page.locator('.kind--crime') });

    // A new reader: only what the premise gives.
    await open(page, path);
    let shown = shownAfter([]);
    await expect(list(page)).toHaveCount(shown.length);
    await expect(svg(page).locator('.relmap__edge')).toHaveCount(shown.length);
    await expect(page.locator('.relmap__status')).toHaveText(t.locked(relations().length - shown.length));
    await expect(mother).toHaveCount(0);
    await expect(killer).toHaveCount(0);
    await expect(svg(page).locator('.relmap__tag', { hasText: text['relation.killed-dae-hwan.label'] })).toHaveCount(0);
    for (const id of ['mother-daughter', 'married', 'killer', 'killed-dae-hwan', 'abduction']) await expectAbsent(page, id, lang);

    // Episode 13 watched: she is Moon-young's mother. Episode 14's connections stay out.
    await page.goto(lang === 'en' ? '/episodes/13/' : '/ko/episodes/13/');
    await appReady(page);
    await page.getByRole('button', { name: t.mark(13) }).click();
    await page.goto(path);
    await appReady(page);
    shown = shownAfter([13]);
    await expect(list(page)).toHaveCount(shown.length);
    await expect(svg(page).locator('.relmap__edge')).toHaveCount(shown.length);
    await expect(page.locator('.relmap__status')).toHaveText(t.locked(relations().length - shown.length));
    await expect(mother).toHaveCount(1);
    await expect(mother).toContainText(text['relation.mother-daughter.label']);
    await expect(mother).toContainText(t.fromEpisode(13));
    await expect(mother).toContainText(text['relation.mother-daughter.text']);
    await expect(mother.locator('a.source__link').first()).toBeVisible();
    await expect(killer).toHaveCount(0);
    await expectAbsent(page, 'killed-dae-hwan', lang);
    await expectAbsent(page, 'abduction', lang);

    // Episode 14 watched: she kills Ko Dae-hwan.
    await page.goto(lang === 'en' ? '/episodes/14/' : '/ko/episodes/14/');
    await appReady(page);
    await page.getByRole('button', { name: t.mark(14) }).click();
    await page.goto(path);
    await appReady(page);
    shown = shownAfter([13, 14]);
    await expect(list(page)).toHaveCount(shown.length);
    await expect(killer).toHaveCount(1);
    await expect(killer).toContainText(text['relation.killed-dae-hwan.label']);
    await expect(killer).toContainText(t.fromEpisode(14));
    await expect(killer.locator('.kind--crime')).toBeVisible();
    await expect(svg(page).locator('.relmap__tag--crime', { hasText: text['relation.killed-dae-hwan.label'] })).toHaveCount(1);
  });
}

test('every spoiler shown: every connection drawn and listed', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { show_all_spoilers: true });
  await open(page, '/relationships/');
  await expect(list(page)).toHaveCount(relations().length);
  await expect(svg(page).locator('.relmap__edge')).toHaveCount(relations().length);
  await expect(svg(page).locator('.relmap__node')).toHaveCount(guide().people.length);
  await expect(page.locator('.relmap__status')).toHaveText(UI.en.allUnlocked);
});

test('choosing a person shows only their connections; ?who= chooses one from the address', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { watched: [13] });
  await open(page, '/relationships/?who=haeng-ja');
  const who = page.getByLabel(UI.en.choosePerson);
  await expect(who).toHaveValue('haeng-ja');
  const hers = shownAfter([13]).filter((r) => r.a === 'haeng-ja' || r.b === 'haeng-ja');
  await expect(list(page)).toHaveCount(hers.length);
  await expect(page.locator('#connections-heading')).toHaveText("Park Haeng-ja's connections");
  await expect(svg(page)).toHaveAttribute('aria-label', "Park Haeng-ja's connections");
  for (const item of await list(page).all()) await expect(item.locator('.connection__who')).toContainText('Park Haeng-ja');

  await who.selectOption('ki-do');
  // Kwon Ki-do's connections all come from episode 3: none yet.
  await expect(list(page)).toHaveCount(0);
  await who.selectOption({ label: UI.en.everyone });
  await expect(list(page)).toHaveCount(shownAfter([13]).length);
  await expect(page.locator('#connections-heading')).toHaveText(UI.en.listHeading);

  // An unknown person in the address is ignored.
  await page.goto('/relationships/?who=nobody');
  await appReady(page);
  await expect(who).toHaveValue('');
  await expect(list(page)).toHaveCount(shownAfter([13]).length);
});

test('the list is the accessible alternative: names link to their pages, every item has a kind, a label and sources', { tag: '@once' }, async ({ page }) => {
  await open(page, '/ko/relationships/');
  const items = list(page);
  const n = await items.count();
  expect(n).toBe(shownAfter([]).length);
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    await expect(item.locator('.kind')).toHaveCount(1);
    await expect(item.locator('.connection__what strong')).not.toBeEmpty();
    await expect(item.locator('p.source a.source__link').first()).toBeVisible();
  }
  await items.filter({ hasText: '열혈 독자' }).getByRole('link', { name: '문상태' }).click();
  await expect(page).toHaveURL(/\/ko\/cast\/moon-sang-tae\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('문상태');
});

test("a character's connections follow the same rules, and lead to the map", { tag: '@once' }, async ({ page }) => {
  const mine = (watched: number[], id: string) => shownAfter(watched).filter((r) => r.a === id || r.b === id).length;
  await open(page, '/cast/park-haeng-ja/');
  const section = page.locator('section[aria-labelledby="connections-heading"]');
  await expect(section.getByRole('heading', { name: UI.en.connections })).toBeVisible();
  await expect(section.locator('ul.connections > li')).toHaveCount(mine([], 'haeng-ja'));
  await expect(section).not.toContainText('Ko Moon-young');

  await open(page, '/cast/ko-moon-young/');
  const moonYoung = page.locator('section[aria-labelledby="connections-heading"]');
  await expect(moonYoung.locator('ul.connections > li')).toHaveCount(mine([], 'moon-young'));
  await expect(moonYoung).not.toContainText('Park Haeng-ja');
  await page.goto('/episodes/13/');
  await appReady(page);
  await page.getByRole('button', { name: UI.en.mark(13) }).click();
  await page.goto('/cast/ko-moon-young/');
  await appReady(page);
  await expect(moonYoung.locator('ul.connections > li')).toHaveCount(mine([13], 'moon-young'));
  await expect(between(page, 'Park Haeng-ja', 'Ko Moon-young')).toContainText('mother and daughter');

  await moonYoung.getByRole('link', { name: 'See everyone on the relationship map' }).click();
  await expect(page).toHaveURL(/\/relationships\/\?who=moon-young$/);
  await expect(page.getByLabel(UI.en.choosePerson)).toHaveValue('moon-young');
  await expect(list(page)).toHaveCount(mine([13], 'moon-young'));
});
