import { test, expect, open, nav, UI, LANGS, inLang, type Page, type Lang } from './fixtures';

// Search finds people, episodes, songs and places in either script, in either interface, and
// never a spoiler.

const results = (page: Page) => page.locator('.search__results li.search-result');
const field = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: UI[lang].searchLabel });

/** What each query must find first: [badge, title] per interface, and where it leads. */
const QUERIES: { q: string; en: [string, string]; ko: [string, string]; to: string }[] = [
  { q: '문강태', en: ['Cast', 'Moon Gang-tae'], ko: ['출연진', '문강태'], to: '/cast/moon-gang-tae/' },
  { q: 'moon gangtae', en: ['Cast', 'Moon Gang-tae'], ko: ['출연진', '문강태'], to: '/cast/moon-gang-tae/' },
  { q: 'kim soohyun', en: ['Cast', 'Moon Gang-tae'], ko: ['출연진', '문강태'], to: '/cast/moon-gang-tae/' },
  { q: '빨간 구두', en: ['Episode', 'Episode 2: The Lady in Red Shoes'], ko: ['회차', '2회: 빨간 구두 아가씨'], to: '/episodes/2/' },
  { q: 'red shoes', en: ['Episode', 'Episode 2: The Lady in Red Shoes'], ko: ['회차', '2회: 빨간 구두 아가씨'], to: '/episodes/2/' },
  { q: 'janghwa', en: ['Episode', 'Episode 13: The Father of the Two Sisters'], ko: ['회차', '13회: 장화, 홍련의 아빠'], to: '/episodes/13/' },
  { q: 'hallelujah', en: ['Song', 'Hallelujah'], ko: ['노래', '나도 모르는 노래 (Hallelujah)'], to: '/music/' },
  { q: '나도 모르는 노래', en: ['Song', 'Hallelujah'], ko: ['노래', '나도 모르는 노래 (Hallelujah)'], to: '/music/' },
  { q: '헤이즈', en: ['Song', "You're Cold"], ko: ['노래', "You're Cold (더 많이 사랑한 쪽이 아프대)"], to: '/music/' },
  { q: '아야진', en: ['Place', 'Ayajin Beach (아야진 해변)'], ko: ['촬영지', '아야진 해변'], to: '/places/' },
  { q: 'ayajin', en: ['Place', 'Ayajin Beach (아야진 해변)'], ko: ['촬영지', '아야진 해변'], to: '/places/' },
];

for (const lang of LANGS) {
  test(`search in the ${lang} interface finds people, episodes, songs and places in either script`, { tag: '@once' }, async ({ page }) => {
    await open(page, inLang(lang, '/search/'));
    for (const { q, to, ...expected } of QUERIES) {
      await field(page, lang).fill(q);
      const first = results(page).first();
      // Soft: one query the interface cannot answer should not hide how the others fare.
      await expect.soft(first.locator('.badge'), `${lang}: “${q}”`).toHaveText(expected[lang][0]);
      await expect.soft(first.locator('a'), `${lang}: “${q}”`).toHaveText(expected[lang][1]);
      await expect.soft(first.locator('a'), `${lang}: “${q}”`).toHaveAttribute('href', inLang(lang, to));
    }
  });
}

test('a result leads to its page, and the address keeps the query for sharing', async ({ page, isMobile }) => {
  await open(page, '/');
  await nav(page).getByRole('link', { name: 'Search' }).click();
  await field(page, 'en').fill('kim soohyun');
  await expect(results(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 result for “kim soohyun”' })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=kim%20soohyun$/);
  const link = results(page).getByRole('link', { name: 'Moon Gang-tae' });
  await (isMobile ? link.tap() : link.click());
  await expect(page).toHaveURL(/\/cast\/moon-gang-tae\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Moon Gang-tae');
  await page.goBack();
  await expect(field(page, 'en')).toHaveValue('kim soohyun');
});

test('nothing found, and spoilers are never found', { tag: '@once' }, async ({ page }) => {
  for (const lang of LANGS) {
    await open(page, inLang(lang, '/search/'));
    await field(page, lang).fill('zzzz');
    await expect(results(page)).toHaveCount(0);
    await expect(page.locator('.search__summary')).toHaveText(lang === 'en' ? 'Nothing found for “zzzz”.' : '“zzzz” 검색 결과가 없습니다.');
    for (const secret of ['Do Hui-jae', '도희재']) {
      await field(page, lang).fill(secret);
      await expect(results(page), secret).toHaveCount(0);
    }
  }
});

test('a shared search link opens with its results, and search works offline', { tag: '@once' }, async ({ page, context, guard }) => {
  await open(page, '/ko/search/?q=%EC%98%A4%EC%A0%95%EC%84%B8');
  await expect(field(page, 'ko')).toHaveValue('오정세');
  await expect(results(page).first()).toContainText('문상태');
  // Only the browser's own late favicon request can fail here; the search itself asks for nothing.
  guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED/);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.setOffline(true);
  await field(page, 'ko').fill('park gyu young');
  await expect(results(page).first()).toContainText('남주리');
  expect(requests.filter((u) => !u.endsWith('/favicon.svg'))).toEqual([]);
  await context.setOffline(false);
});
