import {
  test, expect, appReady, open, rate, guide, prose, inLang, nav, episodeTitle, withProgress, stored, allRoutes,
  UI, LANGS, LANG_OFFER_KEY, type Lang, type Page,
} from './fixtures';

// Each page, loaded directly, shows its facts once the app runs, in both languages; the frame
// (navigation, language switch, not-found) works as a reader expects.

const main = (page: Page) => page.locator('main');

/** Facts of each kind of page, read from the data the build ships, in `lang`. */
const FACTS: { kind: string; path: string; check: (page: Page, lang: Lang) => Promise<void> }[] = [
  {
    kind: 'home',
    path: '/',
    check: async (page, lang) => {
      const g = guide();
      const text = prose(lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? g.show.title.en : g.show.title.ko);
      await expect(main(page)).toContainText(lang === 'en' ? g.show.title.ko : g.show.title.en);
      for (const f of g.show.facts) {
        await expect(main(page), f.id).toContainText(text[`show.fact.${f.id}.label`]);
        await expect(main(page), f.id).toContainText(text[`show.fact.${f.id}.value`]);
      }
      await expect(page.locator('.status-line')).toContainText(text['outlook.headline']);
      for (const w of g.show.where_to_watch) await expect(main(page)).toContainText(w.service);
      await expect(page.locator('.progress__count')).toHaveText(UI[lang].count(0));
    },
  },
  {
    kind: 'cast',
    path: '/cast/',
    check: async (page, lang) => {
      const g = guide();
      const other: Lang = lang === 'en' ? 'ko' : 'en';
      const cards = page.locator('article.cast-card');
      await expect(cards).toHaveCount(g.cast.length);
      for (const m of g.cast) {
        const card = page.locator(`article.cast-card[aria-labelledby="cast-${m.slug}"]`);
        await expect(card.getByRole('heading')).toContainText(m.character[lang]);
        await expect(card.getByRole('heading')).toContainText(m.character[other]);
        await expect(card).toContainText(m.actor[lang]);
        await expect(card).toContainText(m.actor[other]);
        await expect(card.getByRole('link', { name: m.character[lang] })).toHaveAttribute('href', inLang(lang, `/cast/${m.slug}/`));
      }
    },
  },
  {
    kind: 'cast-member',
    path: '/cast/kwon-ki-do/',
    check: async (page, lang) => {
      const m = guide().cast.find((c: any) => c.slug === 'kwon-ki-do');
      await expect(page.getByRole('heading', { level: 1 })).toContainText(m.character[lang]);
      await expect(main(page)).toContainText(m.actor[lang]);
      await expect(main(page)).toContainText(prose(lang)['cast.kwon-ki-do.about']);
      await expect(page.getByRole('heading', { name: UI[lang].connections, exact: true })).toBeVisible();
      // His connections come from episode 3: locked for a new reader.
      await expect(main(page)).toContainText(UI[lang].noConnections);
    },
  },
  {
    kind: 'episodes',
    path: '/episodes/',
    check: async (page, lang) => {
      const g = guide();
      await expect(page.locator('li.episode-row')).toHaveCount(16);
      for (const e of g.episodes) {
        await expect(page.locator(`#episode-${e.number}`)).toContainText(episodeTitle(e, lang));
      }
      await expect(page.locator('.ratings-summary')).toContainText(lang === 'en' ? 'Highest rated: episode 16' : '최고 시청률: 16회');
    },
  },
  {
    kind: 'episode',
    path: '/episodes/14/',
    check: async (page, lang) => {
      const e = guide().episodes.find((x: any) => x.number === 14);
      const text = prose(lang);
      await expect(main(page)).toContainText(UI[lang].episodeOf(14));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(episodeTitle(e, lang));
      await expect(main(page)).toContainText(text['episode.14.synopsis']);
      await expect(main(page)).toContainText(text['episode.14.tale']);
      await expect(main(page)).toContainText(`${e.rating.value}%`);
      await expect(page.locator('main time[datetime="2020-08-02"]')).toBeVisible();
      await expect(page.getByRole('link', { name: new RegExp(UI[lang].next(15).replace(/[.?]/g, '\\$&')) })).toHaveAttribute('href', inLang(lang, '/episodes/15/'));
    },
  },
  {
    kind: 'relationships',
    path: '/relationships/',
    check: async (page, lang) => {
      const g = guide();
      await expect(page.locator('#relmap-who option')).toHaveCount(g.people.length + 1);
      await expect(page.locator('.relmap-legend li')).toHaveCount(7);
      await expect(page.locator('svg.relmap__svg')).toBeVisible();
      const open = g.relations.filter((r: any) => r.from_episode == null);
      await expect(page.locator('ul.connections > li')).toHaveCount(open.length);
      await expect(page.locator('.relmap__status')).toHaveText(UI[lang].locked(g.relations.length - open.length));
    },
  },
  {
    kind: 'music',
    path: '/music/',
    check: async (page, lang) => {
      const g = guide();
      await expect(page.locator('ol.releases > li')).toHaveCount(g.music.releases.length);
      await expect(main(page)).toContainText(g.music.director.name[lang]);
      await expect(page.locator('li.song')).toHaveCount(g.music.releases.reduce((n: number, r: any) => n + r.songs.length, 0) + g.music.other_songs.length);
    },
  },
  {
    kind: 'places',
    path: '/places/',
    check: async (page, lang) => {
      const g = guide();
      const text = prose(lang);
      await expect(page.locator('ol.places-list > li')).toHaveCount(g.places.length);
      for (const p of g.places) await expect(page.locator(`#place-${p.id}`)).toContainText(text[`place.${p.id}.name`]);
      await expect(page.locator('svg.placemap__svg')).toBeVisible();
    },
  },
  {
    kind: 'outlook',
    path: '/outlook/',
    check: async (page, lang) => {
      const g = guide();
      const text = prose(lang);
      await expect(page.locator('.verdict__headline')).toHaveText(text['outlook.headline']);
      await expect(page.locator('.timeline__item')).toHaveCount(g.outlook.timeline.length);
      for (const r of g.outlook.reasons) await expect(main(page)).toContainText(text[`outlook.reason.${r.id}.title`]);
    },
  },
  {
    kind: 'about',
    path: '/about/',
    check: async (page, lang) => {
      const g = guide();
      const text = prose(lang);
      await expect(page.locator('li.award')).toHaveCount(g.show.awards.length);
      for (const a of g.show.awards) await expect(main(page)).toContainText(text[`award.${a.id}.category`]);
      await expect(page.locator('li.book')).toHaveCount(g.show.books.length);
      for (const [i, b] of g.show.books.entries()) {
        const book = page.locator('li.book').nth(i);
        await expect(book, b.id).toContainText(b.title[lang] ?? b.title.en);
        await expect(book.locator('.badge--unverified'), b.id).toHaveCount(b.verified ? 0 : 1);
      }
      await expect(page.locator('li.bib__item')).toHaveCount(g.citations.length);
    },
  },
  {
    kind: 'search',
    path: '/search/',
    check: async (page, lang) => {
      await expect(page.getByRole('searchbox', { name: UI[lang].searchLabel })).toBeVisible();
    },
  },
  {
    kind: 'progress',
    path: '/progress/',
    check: async (page, lang) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI[lang].yourProgress);
      await expect(page.getByRole('heading', { level: 2, name: UI[lang].transfer.heading })).toBeVisible();
      await expect(page.locator('input.transfer__url')).toHaveValue(new RegExp(`${inLang(lang, '/progress/')}#p=[A-Za-z0-9_-]+$`));
      await expect(page.locator('svg.qr path')).toHaveCount(1);
    },
  },
];

test.describe('facts of every kind of page', { tag: '@once' }, () => {
  for (const lang of LANGS) {
    for (const { kind, path, check } of FACTS) {
      test(`${kind} in ${lang}`, { tag: '@once' }, async ({ page }) => {
        await open(page, inLang(lang, path));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await check(page, lang);
      });
    }
  }
});

test('every prerendered page of each kind says what the app then shows (no flash, nothing only for JS)', { tag: '@once' }, async ({ page, browser }) => {
  test.setTimeout(120_000);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const raw = await noJs.newPage();
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();
  // Live pages are left out: their markup is only a start (the outlook counts from today).
  const kinds = new Set(['home', 'cast', 'cast-member', 'episodes', 'episode', 'relationships', 'music', 'places', 'about']);
  const seen = new Set<string>();
  for (const route of allRoutes()) {
    const key = `${route.lang} ${route.kind}`;
    if (!kinds.has(route.kind) || seen.has(key)) continue;
    seen.add(key);
    await raw.goto(route.path);
    const before = text(await raw.locator('main').innerText());
    await open(page, route.path);
    expect(text(await main(page).innerText()), route.path).toBe(before);
    expect(await page.title(), route.path).toBe(route.title);
  }
  expect(seen.size).toBe(18);
  await noJs.close();
});

test('the episode list: ratings with their extremes marked, and a chart with a table alternative', { tag: '@once' }, async ({ page }) => {
  const g = guide();
  const values = g.episodes.map((e: any) => e.rating?.value);
  const high = values.indexOf(Math.max(...values)) + 1;
  const low = values.indexOf(Math.min(...values)) + 1;
  for (const lang of LANGS) {
    await open(page, inLang(lang, '/episodes/'));
    for (const e of g.episodes) {
      await expect(page.locator(`#episode-${e.number} .rating`)).toContainText(`${e.rating.value}%`);
      await expect(page.locator(`#episode-${e.number} time[datetime="${e.air_date}"]`)).toHaveCount(1);
    }
    await expect(page.locator(`#episode-${high} .badge--highest`)).toHaveText(lang === 'en' ? 'Highest' : '최고');
    await expect(page.locator(`#episode-${low} .badge--lowest`)).toHaveText(lang === 'en' ? 'Lowest' : '최저');
    await expect(page.locator('.badge--highest, .badge--lowest')).toHaveCount(2);
    const chart = page.locator('figure.chart svg.chart__svg');
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAttribute('aria-label', lang === 'en' ? `Nielsen ratings of all 16 episodes, in percent. Highest rated: episode ${high} at ${values[high - 1]}%. Lowest: episode ${low} at ${values[low - 1]}%.` : new RegExp(`^16회 전편의 닐슨 시청률`));
    await expect(page.locator('.chart__bar')).toHaveCount(16);
    await page.locator('figure.chart summary, figure.chart details > summary').first().click();
    const rows = page.locator('.chart__table tbody tr');
    await expect(rows).toHaveCount(16);
    await expect(rows.nth(15)).toHaveText(new RegExp(`16\\D*${values[15]}%`));
  }
});

test('the outlook counts from the reader\'s own date', { tag: '@once' }, async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-08-09T09:00:00Z'));
  await open(page, '/outlook/');
  // The finale aired on 9 August 2020: six years to the day.
  const days = (Date.UTC(2026, 7, 9) - Date.UTC(2020, 7, 9)) / 86_400_000;
  await expect(page.locator('.figures')).toContainText(days.toLocaleString('en-GB'));
  await expect(page.locator('.verdict')).toContainText('6 years after the finale:');
  await open(page, '/ko/outlook/');
  await expect(page.locator('.figures')).toContainText(days.toLocaleString('ko-KR'));
});

test('unknown addresses show the not-found view in the address\'s language, with a way home', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/status of 404/); // the host answers with its 404 page and status
  for (const [path, lang] of [['/no-such-page/', 'en'], ['/ko/no-such-page/', 'ko'], ['/ko/cast/nobody/', 'ko'], ['/ko/episodes/17/', 'ko']] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(UI[lang].notFound);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page, path).toHaveTitle(`${lang === 'en' ? 'Page not found' : '페이지를 찾을 수 없음'} · ${UI[lang].site}`);
    await expect(page.getByRole('link', { name: UI[lang].goHome }), path).toHaveAttribute('href', inLang(lang, '/'));
    await expect(nav(page, lang).getByRole('link', { name: UI[lang].sections[0] }), path).toHaveAttribute('href', inLang(lang, '/'));
    await expect(page.locator('.lang-switch'), path).toHaveText(lang === 'en' ? '한국어' : 'English');
  }
  await expect(main(page)).toContainText('17회는 없습니다. 이 드라마는 16부작입니다.');
  // A route the app knows the shape of but the data does not have is explained, in-app too.
  await open(page, '/');
  await page.evaluate(() => {
    history.pushState({}, '', '/episodes/17/');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(main(page)).toContainText('There is no episode 17. The show has 16 episodes.');
});

for (const lang of LANGS) {
  test(`navigation in ${lang} moves between pages without reloading and marks the current one`, async ({ page, isMobile }) => {
    const t = UI[lang];
    await open(page, inLang(lang, '/'));
    await page.evaluate(() => ((window as any).__sameDocument = true));
    const links = nav(page, lang).getByRole('link');
    await expect(links).toHaveCount(9);
    await expect(links).toHaveText(t.sections);
    await expect(nav(page, lang).getByRole('link', { name: t.sections[0] })).toHaveAttribute('aria-current', 'page');
    const visits = [
      { name: t.sections[2], url: '/episodes/', shows: 'li.episode-row' },
      { name: t.sections[3], url: '/relationships/', shows: 'svg.relmap__svg' },
      { name: t.sections[4], url: '/music/', shows: 'ol.releases' },
      { name: t.sections[5], url: '/places/', shows: 'ol.places-list' },
      { name: t.sections[7], url: '/about/', shows: 'li.bib__item' },
    ];
    for (const v of visits) {
      const link = nav(page, lang).getByRole('link', { name: v.name, exact: true });
      await (isMobile ? link.tap() : link.click());
      await expect(page).toHaveURL(new RegExp(`${inLang(lang, v.url)}$`));
      await expect(page.locator(v.shows).first()).toBeVisible();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(nav(page, lang).locator('[aria-current]')).toHaveCount(1);
      await expect(main(page), 'focus moves to the new content').toBeFocused();
    }
    await nav(page, lang).getByRole('link', { name: t.sections[2], exact: true }).click();
    await page.locator('#episode-4 .episode-row__title a').click();
    await expect(page).toHaveURL(new RegExp(`${inLang(lang, '/episodes/4/')}$`));
    await expect(page).toHaveTitle(lang === 'en' ? /^Episode 4: Zombie Kid · / : /^4회: 좀비 아이 · /);
    await expect(nav(page, lang).getByRole('link', { name: t.sections[2], exact: true })).toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${inLang(lang, '/episodes/')}$`));
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });
}

test('the language switch keeps the reader on the same page, and keeps their progress', async ({ page, isMobile }) => {
  await open(page, '/episodes/3/');
  await page.getByRole('button', { name: UI.en.mark(3) }).click();
  await rate(page, 3, 4);
  await expect(page.getByRole('radio', { name: UI.en.stars(4) })).toBeChecked();
  const toKorean = page.locator('.lang-switch');
  await expect(toKorean).toHaveText('한국어');
  await expect(toKorean).toHaveAttribute('hreflang', 'ko');
  await expect(toKorean).toHaveAttribute('lang', 'ko');
  await (isMobile ? toKorean.tap() : toKorean.click());
  // Soft, so the rest (the page and the progress in the other language) is checked all the same.
  await expect.soft(page, 'the address is the Korean page').toHaveURL(/\/ko\/episodes\/3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle(/^3회: 잠자는 숲속의 마녀 · /);
  await expect(page.getByRole('button', { name: UI.ko.unmark(3) })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('radio', { name: UI.ko.stars(4) })).toBeChecked();
  await expect(nav(page, 'ko').getByRole('link', { name: '회차', exact: true })).toHaveAttribute('aria-current', 'page');
  const toEnglish = page.locator('.lang-switch');
  await expect(toEnglish).toHaveText('English');
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await expect(toEnglish).toHaveAttribute('lang', 'en');
  await toEnglish.click();
  await expect.soft(page).toHaveURL(/\/episodes\/3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: UI.en.unmark(3) })).toBeVisible();
  expect((await stored(page)).watched).toEqual([3]);
  // On other kinds of page too, after in-app navigation.
  for (const [en, ko] of [['/cast/ko-moon-young/', '/ko/cast/ko-moon-young/'], ['/relationships/', '/ko/relationships/'], ['/search/', '/ko/search/']]) {
    await page.goto(en);
    await appReady(page);
    await expect(page.locator('.lang-switch')).toHaveAttribute('href', ko);
    await page.locator('.lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect.soft(page, 'the address is the Korean page').toHaveURL(new RegExp(`${ko}$`));
    await expect(page.locator('.lang-switch')).toHaveAttribute('href', en);
    // A reload shows what was on screen.
    await page.reload();
    await appReady(page);
    await expect(page.locator('html'), `${ko} after a reload`).toHaveAttribute('lang', 'ko');
  }
});

test.describe('the offer of the Korean pages', () => {
  test.use({ locale: 'ko-KR' });

  test('is made once, to a reader whose first language is Korean, and "no thanks" is remembered', { tag: '@once' }, async ({ page }) => {
    await open(page, '/cast/');
    await expect(page, 'never an automatic redirect').toHaveURL(/\/cast\/$/);
    const offer = page.locator('aside.lang-offer');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'ko');
    await expect(offer).toContainText(UI.en.offerText);
    await expect(offer.getByRole('link', { name: UI.en.offerGo })).toHaveAttribute('href', '/ko/cast/');
    await offer.getByRole('button', { name: UI.en.offerNo }).click();
    await expect(offer).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_OFFER_KEY)).not.toBeNull();
    await page.reload();
    await appReady(page);
    await nav(page).getByRole('link', { name: 'Episodes' }).click();
    await expect(page.locator('li.episode-row')).toHaveCount(16);
    await expect(page.locator('aside.lang-offer')).toHaveCount(0);
  });

  test('following it opens the same page in Korean, and it is not made again', { tag: '@once' }, async ({ page }) => {
    await open(page, '/episodes/5/');
    await page.locator('aside.lang-offer').getByRole('link', { name: UI.en.offerGo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect.soft(page, 'the address is the Korean page').toHaveURL(/\/ko\/episodes\/5\/$/);
    await expect(page.locator('aside.lang-offer'), 'never on Korean pages').toHaveCount(0);
    await page.locator('.lang-switch').click();
    await expect(page.locator('main')).toContainText(UI.en.episodeOf(5));
    await expect(page).toHaveURL(/\/episodes\/5\/$/);
    await expect(page.locator('aside.lang-offer')).toHaveCount(0);
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('aside.lang-offer')).toHaveCount(0);
  });
});

test.describe('no offer', () => {
  test.use({ locale: 'en-US' });
  test('for a reader whose first language is not Korean, even with Korean further down', { tag: '@once' }, async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['en-US', 'ko-KR'] }));
    await open(page, '/');
    await page.waitForTimeout(300);
    await expect(page.locator('aside.lang-offer')).toHaveCount(0);
  });
});

test('deep links open in a new tab and survive a refresh', { tag: '@once' }, async ({ page }) => {
  for (const path of ['/cast/ko-moon-young/', '/ko/episodes/16/', '/outlook/', '/ko/places/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await appReady(page);
    await page.reload();
    await appReady(page);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('main h1')).toBeVisible();
  }
});

test('Korean pages link the Korean web app manifest after the first paint', { tag: '@once' }, async ({ page, request }) => {
  for (const [path, file, lang] of [['/ko/cast/', 'manifest-ko.webmanifest', 'ko'], ['/cast/', 'manifest.webmanifest', 'en']]) {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', new RegExp(`/${file.replace('.', '\\.')}$`));
    const manifest = await (await request.get(`/${file}`)).json();
    expect(manifest.lang).toBe(lang);
    expect(manifest.start_url).toBe(lang === 'ko' ? '/ko/' : '/');
  }
});

test('markup and script in data are shown as text, never run', { tag: '@once' }, async ({ page }) => {
  const g = guide();
  const text = prose('en');
  const member = g.cast[0];
  member.character.en = 'Moon <b>Gang-tae</b>';
  g.citations[0].url = 'javascript:window.__pwned=3';
  text[`cast.${member.slug}.about`] = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  text['outlook.headline'] = '<i>No</i> season 2 <svg onload="window.__pwned=4">';
  await page.route('**/data/guide*.json', (route) => route.fulfill({ json: g }));
  await page.route('**/data/text-en*.json', async (route) => {
    const file = JSON.parse(await (await route.fetch()).text());
    file.text = text;
    await route.fulfill({ json: file });
  });
  // Stored progress starts the app at once, so the data the test serves is all it reads.
  await withProgress(page, {});
  await page.goto('/cast/');
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
  const card = page.locator('article.cast-card').first();
  await expect(card).toContainText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
  await expect(card.getByRole('heading')).toContainText('Moon <b>Gang-tae</b>');
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('.status-line')).toContainText('<i>No</i> season 2 <svg onload="window.__pwned=4">');
  await expect(page.locator('.status-line i, main svg[onload]')).toHaveCount(0);
  await nav(page).getByRole('link', { name: 'About' }).click();
  const first = page.locator(`#source-${g.citations[0].id}`);
  await expect(first).toBeVisible();
  await expect(first.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});
