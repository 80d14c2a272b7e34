import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './env';
import { UI, type Lang } from './ui';

export { UI, type Lang };
export { DIST };

/** A data file as the build under test ships it (dist/data/<file>, the unhashed copy). */
export const readData = (file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));
export const guide = () => readData('guide.json');
/** The prose of one language, by key (`relation.mother-daughter.text`, …). */
export const prose = (lang: Lang): Record<string, string> => readData(`text-${lang}.json`).text;

export const LANGS: Lang[] = ['en', 'ko'];
/** A route's path in a language: `/cast/` → `/ko/cast/`. */
export const inLang = (lang: Lang, path: string) => (lang === 'ko' ? `/ko${path}` : path);

/** The episode title a reader of `lang` sees (src/logic/titles.rs). */
export function episodeTitle(e: any, lang: Lang): string {
  const en = e.title_en;
  const ko = e.title_ko;
  if (lang === 'en') return en?.text ?? ko?.gloss ?? ko?.text ?? '';
  return ko?.text ?? en?.text ?? '';
}

export type PageRoute = {
  /** Path relative to the site root, in its language ("/ko/episodes/3/"). */
  path: string;
  lang: Lang;
  /** The page's kind, for one-per-kind checks: home, cast, cast-member, episode, … */
  kind: string;
  /** The file the build writes for it, relative to dist/. */
  file: string;
  /** The full <title> the page must have. */
  title: string;
  /** Text the page's main content must show, in its language. */
  text: string;
};

const SECTION_TITLES: Record<Lang, Record<string, string>> = {
  en: {
    cast: 'Cast', episodes: 'Episodes', relationships: 'Relationship map', music: 'Soundtrack', places: 'Filming places',
    outlook: 'Will there be a season 2?', about: 'Awards, books and sources', search: 'Search', progress: 'Your progress',
    help: 'Help, when the series has shaken you', portrayal: 'How the series portrays mental health', story: 'The story so far',
  },
  ko: {
    cast: '출연진', episodes: '회차', relationships: '인물관계도', music: 'OST', places: '촬영지',
    outlook: '시즌 2가 나올까?', about: '수상, 책, 출처', search: '검색', progress: '내 시청 기록',
    help: '드라마를 보다 마음이 힘들 때 도움받을 곳', portrayal: '드라마가 정신건강을 그린 방식', story: '지금까지의 이야기',
  },
};

/** A fact each section's page shows, per language. */
const SECTION_TEXT: Record<Lang, Record<string, string>> = {
  en: {
    home: 'Park Shin-woo', cast: 'Kim Soo-hyun', episodes: 'The Boy Who Fed on Nightmares', relationships: 'devoted reader',
    music: 'Nam Hye-seung', places: 'Secret Blue bakery café', outlook: 'No season 2 has been announced',
    about: 'Best Supporting Actor, television', search: 'Search the guide', progress: 'Move your progress',
    help: '109', portrayal: 'Sang-tae and autism', story: 'Mark an episode as watched and its recap appears here.',
  },
  ko: {
    home: '박신우', cast: '김수현', episodes: '악몽을 먹고 자란 소년', relationships: '열혈 독자', music: '남혜승',
    places: '시크릿블루', outlook: '시즌 2가 나올까?', about: '백상예술대상', search: '가이드 검색', progress: '시청 기록 옮기기',
    help: '109', portrayal: '문상태와 자폐', story: '회차를 본 것으로 표시하면',
  },
};

const fullTitle = (title: string, lang: Lang) => (title ? `${title} · ${UI[lang].site}` : UI[lang].site);

/** Every page the build writes: 41 routes in each language, and the two not-found pages. */
export function allRoutes(): PageRoute[] {
  const g = guide();
  const routes: PageRoute[] = [];
  for (const lang of LANGS) {
    const add = (path: string, kind: string, title: string, text: string) =>
      routes.push({ path: inLang(lang, path), lang, kind, file: inLang(lang, path).slice(1) + 'index.html', title: fullTitle(title, lang), text });
    add('/', 'home', '', SECTION_TEXT[lang].home);
    add('/cast/', 'cast', SECTION_TITLES[lang].cast, SECTION_TEXT[lang].cast);
    for (const m of g.cast) {
      add(`/cast/${m.slug}/`, 'cast-member', `${m.character[lang]} (${m.actor[lang]})`, m.actor[lang]);
    }
    add('/episodes/', 'episodes', SECTION_TITLES[lang].episodes, SECTION_TEXT[lang].episodes);
    for (const e of g.episodes) {
      const title = lang === 'en' ? `Episode ${e.number}: ${episodeTitle(e, lang)}` : `${e.number}회: ${episodeTitle(e, lang)}`;
      add(`/episodes/${e.number}/`, 'episode', title, UI[lang].episodeOf(e.number));
    }
    for (const s of ['relationships', 'music', 'places', 'outlook', 'about', 'search', 'progress', 'help', 'portrayal', 'story']) {
      add(`/${s}/`, s, SECTION_TITLES[lang][s], SECTION_TEXT[lang][s]);
    }
  }
  for (const lang of LANGS) {
    routes.push({
      path: inLang(lang, '/404.html'), lang, kind: 'not-found', file: inLang(lang, '/404.html').slice(1),
      title: fullTitle(lang === 'en' ? 'Page not found' : '페이지를 찾을 수 없음', lang), text: UI[lang].notFound,
    });
  }
  return routes;
}

/** One page of each kind, for the checks that are too heavy to run on all 84. */
export const PAGE_KINDS: { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'cast', path: '/cast/' },
  { kind: 'cast-member', path: '/cast/park-haeng-ja/' },
  { kind: 'episodes', path: '/episodes/' },
  { kind: 'episode', path: '/episodes/14/' },
  { kind: 'relationships', path: '/relationships/' },
  { kind: 'music', path: '/music/' },
  { kind: 'places', path: '/places/' },
  { kind: 'outlook', path: '/outlook/' },
  { kind: 'about', path: '/about/' },
  { kind: 'search', path: '/search/?q=moon' },
  { kind: 'progress', path: '/progress/' },
  { kind: 'help', path: '/help/' },
  { kind: 'portrayal', path: '/portrayal/' },
  { kind: 'story', path: '/story/' },
  { kind: 'not-found', path: '/no-such-page/' },
];

/**
 * Brings the app up as a reader would and waits until it has replaced the build's prerendered
 * markup. Most pages start the app at the reader's first sign of use (see boot.js): a key press
 * is one, and changes nothing on the page.
 */
export async function appReady(page: Page) {
  await page.waitForLoadState('load');
  if ((await page.locator('#prerendered').count()) > 0) await page.keyboard.press('Shift');
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('main#main')).toBeVisible();
}

/** Opens `path` and waits for the app. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  await appReady(page);
  return response;
}

export const PROGRESS_KEY = 'okay-guide.progress';
export const LANG_OFFER_KEY = 'okay-guide.lang-offer';

export type Stored = {
  watched?: number[];
  ratings?: Record<string, number>;
  notes?: Record<string, string>;
  rewatches?: number;
  show_all_spoilers?: boolean;
};

/** The tracker's stored value (src/logic/progress.rs, layout v2). */
export const storedValue = (p: Stored) =>
  JSON.stringify({
    notes: p.notes ?? {},
    ratings: p.ratings ?? {},
    rewatches: p.rewatches ?? 0,
    show_all_spoilers: p.show_all_spoilers ?? false,
    v: 2,
    watched: p.watched ?? [],
  });

/** Puts progress in this page's storage before any page script runs (every load of the test). */
export async function withProgress(page: Page, p: Stored) {
  await page.addInitScript(
    ([key, value]) => {
      // Only once per tab: a test that changes progress and reloads must find its own change.
      if (!sessionStorage.getItem('e2e.seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('e2e.seeded', '1');
      }
    },
    [PROGRESS_KEY, storedValue(p)],
  );
}

/** What the tracker has stored, parsed. */
export async function stored(page: Page): Promise<any> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** The browser's own calendar day, as the tracker stores it (YYYY-MM-DD). */
export const localToday = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** "Mark all up to here" on episode `n`'s control, then the answer to which day they get. */
export async function markUpTo(page: Page, lang: Lang, n: number, day: 'dateToday' | 'dateBroadcast' | 'dateUnknown' = 'dateToday') {
  await page.getByRole('button', { name: UI[lang].upTo(n) }).click();
  await page.getByRole('group', { name: UI[lang].askUpTo(n) }).getByRole('button', { name: UI[lang][day], exact: true }).click();
}

/** Gives episode `n` a rating of `stars` (0: none) as a reader does: by its star's label. */
export async function rate(page: Page, n: number, stars: number) {
  await page.locator(`label[for="my-rating-${n}-${stars}"]`).click();
}

/** The header's section links. */
export const nav = (page: Page, lang: Lang = 'en') => page.getByRole('navigation', { name: UI[lang].nav });

/** The page's cumulative layout shift so far (shifts caused by input excluded). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/** How far the page scrolls sideways (0 when nothing overflows). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

type Guard = {
  /** Console errors matching this are expected by the test (a deliberately broken file). */
  allowConsoleError(pattern: RegExp): void;
};

/**
 * Every test also checks that no request left the origin and that nothing was logged as an
 * error, unless the test expected that error. Pages of every context the test opens are watched.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const external: string[] = [];
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (page: Page) => {
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) external.push(r.url());
        });
        page.on('console', (m) => {
          if (m.type() === 'error' && !allowed.some((a) => a.test(m.text()))) errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use({ allowConsoleError: (p) => allowed.push(p) });
      expect(external, 'requests that left the origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
