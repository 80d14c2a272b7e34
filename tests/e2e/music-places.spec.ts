import { test, expect, open, guide, prose, readData, inLang, UI, LANGS, type Lang } from './fixtures';

// The soundtrack and the filming places, from the data the build ships.

const releaseName = (r: any, lang: Lang) =>
  r.kind === 'part' ? UI[lang].release.part(r.number) : r.kind === 'special' ? UI[lang].release.special(r.number) : UI[lang].release.album;

for (const lang of LANGS) {
  test(`the soundtrack: every release in order, titles and singers in both scripts, where each song is first heard (${lang})`, { tag: '@once' }, async ({ page }) => {
    const g = guide();
    const other: Lang = lang === 'en' ? 'ko' : 'en';
    await open(page, inLang(lang, '/music/'));
    const releases = page.locator('ol.releases > li.release');
    await expect(releases.locator('.release__name')).toHaveText(g.music.releases.map((r: any) => new RegExp(`^${releaseName(r, lang)}`)));
    expect(g.music.releases.map((r: any) => r.kind)).toEqual(['part', 'part', 'part', 'special', 'part', 'special', 'part', 'part', 'part', 'album']);
    await expect(releases.last().locator('.release__tracks')).toContainText('36');
    for (const [i, r] of g.music.releases.entries()) {
      const release = releases.nth(i);
      if (r.date) await expect(release.locator(`time[datetime="${r.date}"]`)).toBeVisible();
      await expect(release.locator('li.song')).toHaveCount(r.songs.length);
      for (const [j, s] of r.songs.entries()) {
        const song = release.locator('li.song').nth(j);
        const title = song.locator('.song__title');
        // The title in the page's language where there is one, with the other script beside it.
        const main = lang === 'en' && s.title.en ? s.title.en : s.title.ko;
        await expect(title.locator('strong'), s.id).toHaveText(main);
        if (s.title.en && s.title.en !== s.title.ko && !(lang === 'ko' && s.title.ko.includes(s.title.en))) {
          await expect(title.locator('.name-other'), s.id).toHaveText(lang === 'en' ? s.title.ko : s.title.en);
        }
        for (const a of s.artists) await expect(song.locator('.song__artists'), s.id).toContainText(`${a[lang]} (${a[other]})`);
        if (s.title_en_weak) await expect(title, s.id).toContainText(UI[lang].englishTitleWeak);
        if (s.first_episode) {
          await expect(song.getByRole('link', { name: UI[lang].firstHeard(s.first_episode) }), s.id).toHaveAttribute('href', inLang(lang, `/episodes/${s.first_episode}/`));
        }
        if (s.scene_from_episode) await expect(song.locator('.spoiler__reveal'), s.id).toHaveText(UI[lang].reveal(s.scene_from_episode));
        await expect(song.locator('p.source a.source__link').first(), s.id).toBeVisible();
      }
    }
  });
}

test('an episode lists the songs heard in it, each linked to the soundtrack, and only those episodes do', { tag: '@once' }, async ({ page }) => {
  const g = guide();
  const songs = [...g.music.releases.flatMap((r: any) => r.songs), ...g.music.other_songs];
  const heardIn = (n: number) => g.episodes.find((e: any) => e.number === n).songs.map((es: any) => songs.find((s: any) => s.id === es.song));
  for (const [n, lang] of [[2, 'en'], [3, 'ko'], [7, 'en'], [14, 'ko'], [1, 'en'], [13, 'ko']] as const) {
    await open(page, inLang(lang, `/episodes/${n}/`));
    const section = page.locator('section[aria-labelledby="songs-heading"]');
    if (!heardIn(n).length) {
      await expect(page.getByRole('heading', { name: UI[lang].whatPlays }), `episode ${n}`).toHaveCount(0);
      continue;
    }
    await expect(section.getByRole('heading', { name: UI[lang].whatPlays })).toBeVisible();
    await expect(section.locator(':scope > ul > li')).toHaveCount(heardIn(n).length);
    for (const s of heardIn(n)) {
      const title = lang === 'en' && s.title.en ? s.title.en : s.title.ko;
      await expect(section.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', inLang(lang, '/music/'));
      if (s.artists.length) await expect(section).toContainText(s.artists[0][lang]);
    }
  }
});

for (const lang of LANGS) {
  test(`filming places: a map drawn from the map file, and a numbered list with weak sources marked (${lang})`, { tag: '@once' }, async ({ page }) => {
    const g = guide();
    const map = readData('map.json');
    const text = prose(lang);
    await open(page, inLang(lang, '/places/'));
    // Every place, not only those of the episodes watched (the default follows progress).
    await page.getByRole('checkbox', { name: UI[lang].placesFollow }).uncheck();
    const svg = page.locator('svg.placemap__svg');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('viewBox', map.view_box.map((v: number) => String(Math.trunc(v))).join(' '));
    await expect(svg.locator('path.placemap__land')).toHaveAttribute('d', map.land);
    // One dot per map spot, labelled with the numbers of the places there.
    const spots = new Map<string, number[]>();
    g.places.forEach((p: any, i: number) => {
      const at = p.town ?? p.point;
      if (at) spots.set(at, [...(spots.get(at) ?? []), i + 1]);
    });
    await expect(svg.locator('.placemap__numbers')).toHaveText([...spots.values()].map((n) => n.join(', ')));
    const town = (id: string) => [...map.towns, ...map.points].find((t: any) => t.id === id);
    await expect(svg.locator('.placemap__name')).toHaveText([...spots.keys()].map((id) => (lang === 'ko' && town(id).name_ko) || town(id).name_en));

    const items = page.locator('ol.places-list > li.place');
    await expect(items).toHaveCount(g.places.length);
    for (const [i, p] of g.places.entries()) {
      const item = items.nth(i);
      await expect(item.locator('.place__number')).toHaveText(String(i + 1));
      await expect(item.locator('.place__name')).toContainText(text[`place.${p.id}.name`]);
      await expect(item.locator('.place__name .badge--unverified'), p.id).toHaveCount(p.weak ? 1 : 0);
      if (p.weak) await expect(item.locator('.place__name'), p.id).toContainText(UI[lang].weakSource);
      if (!p.town && !p.point) await expect(item.locator('.place__where'), p.id).toContainText(lang === 'en' ? 'not on the map' : '지도에 없음');
      await expect(item.locator('p.source a.source__link').first(), p.id).toBeVisible();
    }
    await expect(page.locator('.placemap__credit')).toContainText('Natural Earth');
  });
}

test('on a 320 px phone the places map keeps readable names: it scrolls in its frame, opening on the east coast', { tag: '@narrow' }, async ({ page }) => {
  await open(page, '/places/');
  const frame = page.locator('.placemap__frame');
  const size = await frame.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  expect(size.scroll, 'the map is wider than the frame').toBeGreaterThan(size.client);
  // Town names at least 11 px on screen.
  const px = await page.locator('.placemap__name').first().evaluate((t) => (t as SVGTextElement).getBoundingClientRect().height);
  expect(px).toBeGreaterThanOrEqual(11);
  // Goseong (places 1 and 2) is in view without scrolling; Paju, in the far west, is a scroll away.
  const box = await frame.boundingBox();
  const inView = async (name: string) => {
    const b = await page.locator('.placemap__spot', { hasText: name }).locator('circle').boundingBox();
    return !!b && !!box && b.x >= box.x && b.x + b.width <= box.x + box.width;
  };
  expect(await inView('Goseong')).toBe(true);
  expect(await inView('Paju')).toBe(false);
  // The keyboard scrolls it too.
  await frame.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => frame.evaluate((e) => e.scrollLeft)).not.toBe(0);
});

for (const lang of LANGS) {
  test(`each map's scrolling frame has a name of its own, so a screen reader does not hear the map's name twice (${lang})`, { tag: '@once' }, async ({ page }) => {
    for (const [path, frame, drawing] of [
      ['/places/', '.placemap__frame', 'svg.placemap__svg'],
      ['/relationships/', 'figure.relmap', 'svg.relmap__svg'],
    ]) {
      await open(page, inLang(lang, path));
      await expect(page.locator(frame), path).toHaveAttribute('aria-label', UI[lang].mapFrame);
      const name = await page.locator(drawing).getAttribute('aria-label');
      expect(name, path).toBeTruthy();
      expect(name, path).not.toBe(UI[lang].mapFrame);
    }
  });
}
