import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, open, withProgress, guide, prose, inLang, UI, LANGS, DIST } from './fixtures';

// Watching with care and the episode at the centre: content notes, the help page, the portrayal
// page, what each episode brings, the story so far, and the places map following progress. One
// page load checks several things, to keep the suite quick.

for (const lang of LANGS) {
  test(`an episode's content notes name themes, keep the plot behind the spoiler rules and fold away (${lang})`, { tag: '@once' }, async ({ page }) => {
    const g = guide();
    const notes = g.care.notes.filter((n: any) => n.episode === 3);
    await open(page, inLang(lang, '/episodes/3/'));
    const toggle = page.getByRole('button', { name: UI[lang].contentNotes });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = page.locator('#content-notes-body');
    for (const n of notes) {
      await expect(body).toContainText(prose(lang)[`care.note.${n.id}.safe`]);
      // What reveals the episode is not in the page until the reader reaches it.
      if (n.context) expect(await page.content()).not.toContain(prose(lang)[`care.note.${n.id}.context`]);
    }
    // The regulator's step, dated, on the episode it concerns.
    await expect(body.locator('.content-notes__regulator time')).toHaveAttribute('datetime', g.care.regulator.date);
    // The same control hides them, and its name does not change.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(body).toBeHidden();
    // What the episode brings: who appears (a guest among them), its tale and a free copy of it.
    const who = page.locator('section[aria-labelledby="who-appears-heading"]');
    await expect(who.getByRole('heading', { name: UI[lang].whoAppears })).toBeVisible();
    await expect(who).toContainText(g.cast.find((m: any) => m.slug === 'kwon-ki-do').actor[lang]);
    const tale = page.locator('section[aria-labelledby="tale-heading"]');
    await expect(tale).toContainText(prose(lang)['episode.3.tale_origin']);
    const free = g.episodes[2].tale.read_free;
    await expect(tale.locator('.tale__free > li > a')).toHaveCount(free.length);
    await expect(tale.locator('.tale__free > li > a').first()).toHaveAttribute('href', free[0].url);
    // The episode list shows which episodes carry notes, at a glance.
    await page.goto(inLang(lang, '/episodes/'));
    await expect(page.locator('#episode-3 .episode-row__notes')).toContainText(UI[lang].contentNotes);
  });
}

test('a note about suicide or abuse links to the help page, and the context shows once the episode is watched', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { watched: [1] });
  await open(page, '/episodes/1/');
  const note = page.locator('.content-note').first();
  await expect(note.getByRole('link', { name: UI.en.getHelp })).toHaveAttribute('href', '/help/');
  await expect(note).toContainText(prose('en')['care.note.e1-suicide-attack.context']);
});

for (const lang of LANGS) {
  test(`the help page: emergency numbers first, lines a phone can dial, each dated and sourced, and a directory (${lang})`, { tag: '@once' }, async ({ page }) => {
    const lines = guide().care.help.lines;
    await open(page, inLang(lang, '/help/'));
    const numbers = page.locator('.help-line__call');
    const shown = await numbers.allTextContents();
    const emergency = lines.filter((h: any) => h.emergency).map((h: any) => h.number);
    expect(shown.slice(0, emergency.length)).toEqual(emergency);
    expect(shown).toContain('109');
    for (const h of lines) {
      const call = page.getByRole('link', { name: UI[lang].call(h.number) });
      await expect(call).toHaveAttribute('href', `tel:${h.number.replace(/\D/g, '')}`);
      const card = page.locator(`#help-${h.id}`);
      await expect(card.locator('.checked')).toContainText(lang === 'en' ? 'checked December 2026' : '2026년 12월 확인');
      await expect(card.locator('p.source a').first()).toBeVisible();
    }
    await expect(page.getByRole('link', { name: guide().care.help.directory_url })).toHaveAttribute('href', guide().care.help.directory_url);
    // Reached from every page's footer.
    await expect(page.locator('footer').getByRole('link', { name: lang === 'en' ? 'Help' : '도움받을 곳' })).toHaveAttribute('href', inLang(lang, '/help/'));
  });
}

test('the portrayal page: views by topic, attributed and sourced, and a character links to the part about them', { tag: '@once' }, async ({ page }) => {
  const topics = guide().care.portrayal;
  await open(page, '/cast/moon-sang-tae/');
  await page.locator('.profile__topic a').first().click();
  await expect(page).toHaveURL(/\/portrayal\/#/);
  for (const t of topics) {
    const section = page.locator(`section#${t.id}`);
    await expect(section.locator('li.view')).toHaveCount(t.views.length);
    for (const v of t.views.filter((v: any) => !v.spoiler_from_episode)) {
      await expect(section).toContainText(prose('en')[`view.${v.id}.who`]);
    }
  }
  await expect(page.locator('li.view p.source a').first()).toBeVisible();
});

test('the story so far recaps only watched episodes, and none is in the built page', { tag: '@once' }, async ({ page }) => {
  const recap = (n: number) => prose('en')[`episode.${n}.recap_short`];
  const built = readFileSync(join(DIST, 'story', 'index.html'), 'utf8');
  for (let n = 1; n <= 16; n++) expect(built, `episode ${n}'s recap in the built page`).not.toContain(recap(n).slice(0, 40));
  await open(page, '/story/');
  await expect(page.locator('main')).toContainText(UI.en.storyEmpty);
  await withProgress(page, { watched: [1, 2] });
  await page.reload();
  await open(page, '/episodes/');
  await page.getByRole('link', { name: UI.en.storyLink }).click();
  await expect(page.locator('li.recap')).toHaveCount(2);
  await expect(page.locator('main')).toContainText(recap(2));
  expect(await page.content()).not.toContain(recap(3).slice(0, 40));
  // The fuller recap opens on demand.
  await page.locator('#recap-1 summary').click();
  await expect(page.locator('#recap-1 details p').first()).toBeVisible();
  // Search finds a recap only for a watched episode, and help by its number.
  await page.goto('/search/?q=109');
  await expect(page.locator('.search-result a').first()).toHaveAttribute('href', '/help/');
});

test('the places map follows progress and says how many places are ahead', { tag: '@once' }, async ({ page }) => {
  await open(page, '/places/');
  const ahead = page.locator('.places__ahead');
  await expect(ahead).toContainText('not watched yet');
  const before = await page.locator('.placemap__spot').count();
  await page.getByRole('checkbox', { name: UI.en.placesFollow }).uncheck();
  await expect(ahead).toHaveText('');
  expect(await page.locator('.placemap__spot').count()).toBeGreaterThan(before);
});
