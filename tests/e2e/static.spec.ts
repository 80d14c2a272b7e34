import { readdirSync } from 'node:fs';
import { test, expect, allRoutes, inLang, UI, DIST } from './fixtures';

// What the build writes, as a plain static host serves it, before any script runs: every page is
// a real file with its own language, title, description, alternates and link-preview tags.

const decode = (s: string) =>
  s
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]) : undefined;
};
const metas = (html: string) => [...html.matchAll(/<meta\s[^>]*>/g)].map((m) => m[0]);
const meta = (html: string, key: 'name' | 'property', value: string) =>
  metas(html).filter((m) => attr(m, key) === value).map((m) => attr(m, 'content'));
/** The visible text of the page's prerendered content, roughly: tags and scripts removed. */
const text = (html: string) =>
  decode(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));

test.describe('the 84 prerendered pages', { tag: '@once' }, () => {
  test('there are 84, and the build wrote exactly these', async () => {
    const routes = allRoutes();
    expect(routes).toHaveLength(84);
    const written = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
    expect(written).toEqual(routes.map((r) => r.file).sort());
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`every ${lang} page answers 200 with its language, title, description, alternates and preview tags`, async ({ request }) => {
      const seen = new Map<string, string>();
      for (const route of allRoutes().filter((r) => r.lang === lang)) {
        const response = await request.get(route.path);
        expect(response.status(), route.path).toBe(200);
        expect(response.headers()['content-type'], route.path).toMatch(/^text\/html/);
        const html = await response.text();
        const where = `${route.path}: `;

        expect(html.match(/<html\s[^>]*lang="([^"]+)"/)?.[1], where + '<html lang>').toBe(lang);
        const title = decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
        expect(title, where + 'title').toBe(route.title);
        expect(seen.get(title), `${where}title already used by ${seen.get(title)}`).toBeUndefined();
        seen.set(title, route.path);

        const description = meta(html, 'name', 'description');
        expect(description, where + 'one description').toHaveLength(1);
        expect(description[0]!.length, where + 'description length').toBeGreaterThan(lang === 'en' ? 40 : 20);
        expect(meta(html, 'property', 'og:title'), where + 'og:title').toEqual([title]);
        expect(meta(html, 'property', 'og:description'), where + 'og:description').toEqual(description);
        expect(meta(html, 'property', 'og:locale'), where + 'og:locale').toEqual([lang === 'en' ? 'en_GB' : 'ko_KR']);
        expect(meta(html, 'property', 'og:locale:alternate'), where + 'og:locale:alternate').toEqual([lang === 'en' ? 'ko_KR' : 'en_GB']);
        expect(meta(html, 'property', 'og:site_name'), where + 'og:site_name').toEqual([UI[lang].site]);
        expect(meta(html, 'property', 'og:image')[0], where + 'og:image').toMatch(/\/icons\/icon-512\.png$/);
        expect(meta(html, 'property', 'og:image:alt')[0]?.length ?? 0, where + 'og:image:alt').toBeGreaterThan(5);
        expect(meta(html, 'name', 'twitter:card'), where + 'twitter:card').toEqual(['summary']);
        expect(meta(html, 'name', 'twitter:title'), where + 'twitter:title').toEqual([title]);
        expect(html, where + 'no canonical link').not.toMatch(/rel="canonical"/);

        const alternates = [...html.matchAll(/<link\s[^>]*rel="alternate"[^>]*>/g)].map((m) => [attr(m[0], 'hreflang'), attr(m[0], 'href')]);
        if (route.kind === 'not-found') {
          expect(alternates, where + 'no alternates on a not-found page').toEqual([]);
        } else {
          const english = route.lang === 'ko' ? route.path.slice(3) : route.path;
          expect(alternates, where + 'alternates').toEqual([
            ['en', english],
            ['ko', inLang('ko', english)],
            ['x-default', english],
          ]);
        }

        const dataPath = route.kind === 'not-found' ? inLang(lang, '/404/') : route.path;
        expect(html, where + 'prerendered content for this address').toContain(`<div id="prerendered" data-path="${dataPath}"`);
        expect(text(html), where + 'its fact').toContain(route.text);
        // The language switch points at the same page in the other language.
        const lang_switch = html.match(/<a\s[^>]*class="lang-switch"[^>]*>/)?.[0] ?? '';
        expect(attr(lang_switch, 'hreflang'), where + 'switch hreflang').toBe(lang === 'en' ? 'ko' : 'en');
        expect(attr(lang_switch, 'lang'), where + 'switch lang').toBe(lang === 'en' ? 'ko' : 'en');
        if (route.kind !== 'not-found') {
          expect(attr(lang_switch, 'href'), where + 'switch href').toBe(lang === 'en' ? inLang('ko', route.path) : route.path.slice(3));
        }
      }
    });
  }

  test('every route also answers without its final slash', async ({ request }) => {
    for (const route of allRoutes().filter((r) => r.kind !== 'not-found' && r.path !== '/')) {
      const response = await request.get(route.path.replace(/\/$/, ''));
      expect(response.status(), route.path).toBe(200);
      expect(await response.text(), route.path).toContain(`data-path="${route.path}"`);
    }
  });

  test('unknown addresses get the not-found page with status 404', async ({ request }) => {
    for (const path of ['/no-such-page/', '/episodes/17/', '/ko/no-such-page/', '/ko/cast/nobody/', '/kr/']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('data-boot="now"');
    }
  });

  test('the data files the pages name exist, with content-hashed names', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const names = html.match(/<meta name="okay-guide-data" content="([^"]+)"/)![1].split(' ');
    expect(names.map((n) => n.split('=')[0]).sort()).toEqual(['guide.json', 'map.json', 'text-en.json', 'text-ko.json']);
    for (const pair of names) {
      const hashed = pair.split('=')[1];
      expect(hashed).toMatch(/^[a-z-]+-[0-9a-f]{16}\.json$/);
      const response = await request.get(`/data/${hashed}`);
      expect(response.status(), hashed).toBe(200);
      expect(JSON.parse(await response.text()).format, hashed).toBeGreaterThanOrEqual(1);
    }
  });
});
