import { test, expect, appReady, open, nav, UI } from './fixtures';
import { SUBPATH_DIST, SUBPATH_ORIGIN, SUBPATH_URL } from './env';

// The same guide built with PUBLIC_URL=/okay-guide/ (SUBPATH_DIST) and served only under that
// path, as on a GitHub Pages project site.
const PREFIX = SUBPATH_URL;
const at = (path: string) => SUBPATH_ORIGIN + PREFIX + path.replace(/^\//, '');

test.skip(!SUBPATH_DIST, 'needs SUBPATH_DIST, a build made with PUBLIC_URL=/okay-guide/ (`make test-e2e` makes one)');
test.use({ baseURL: SUBPATH_ORIGIN, serviceWorkers: 'allow' });

test.describe('a build for a subpath', { tag: '@once' }, () => {
  test('works under its path: pages, links, data, deep links, both languages, 404', async ({ page, request, guard }) => {
    guard.allowConsoleError(/status of 404/);
    const assets: string[] = [];
    page.on('request', (r) => assets.push(new URL(r.url()).pathname));

    await open(page, at('/'));
    await expect(page.locator('main')).toContainText('Park Shin-woo');
    for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href!.startsWith(PREFIX), href!).toBe(true);
    }
    expect(assets.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
    expect(assets.some((p) => new RegExp(`^${PREFIX}data/guide-[0-9a-f]{16}\\.json$`).test(p)), 'hashed data name').toBe(true);
    await expect(page.locator('.lang-switch')).toHaveAttribute('href', `${PREFIX}ko/`);

    await nav(page).getByRole('link', { name: 'Cast' }).click();
    await expect(page).toHaveURL(at('/cast/'));
    await expect(page.locator('article.cast-card')).toHaveCount(12);

    for (const path of ['/episodes/16/', '/cast/oh-ji-wang/', '/outlook/', '/ko/relationships/', '/ko/episodes/3/']) {
      const html = await (await request.get(at(path))).text();
      // The markup's address is relative to the base (boot.js reads it against <base href>).
      expect(html, path).toContain(`<base href="${PREFIX}"`);
      expect(html, path).toContain(`data-path="${path}"`);
      expect(html, path).toContain(`<link rel="alternate" hreflang="en" href="${SUBPATH_ORIGIN}${PREFIX}${path.replace(/^\/ko\//, '/').slice(1)}"`);
    }
    await open(page, at('/ko/episodes/16/'));
    await expect(page.locator('main')).toContainText(UI.ko.episodeOf(16));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(nav(page, 'ko').getByRole('link', { name: UI.ko.sections[0] })).toHaveAttribute('href', `${PREFIX}ko/`);

    const missing = await page.goto(at('/no-such-page/'));
    expect(missing?.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.notFound);
    await expect(page.getByRole('link', { name: UI.en.goHome })).toHaveAttribute('href', PREFIX);
    await page.goto(at('/ko/no-such-page/'));
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.notFound);
    await expect(page.getByRole('link', { name: UI.ko.goHome })).toHaveAttribute('href', `${PREFIX}ko/`);
  });

  test('built for its origin, its hreflang alternates and preview image carry full addresses', async ({ request }) => {
    const html = await (await request.get(at('/episodes/3/'))).text();
    const alternates = [...html.matchAll(/<link\s[^>]*rel="alternate"[^>]*>/g)].map((m) => m[0]);
    expect(alternates).toEqual([
      `<link rel="alternate" hreflang="en" href="${SUBPATH_ORIGIN}${PREFIX}episodes/3/" />`,
      `<link rel="alternate" hreflang="ko" href="${SUBPATH_ORIGIN}${PREFIX}ko/episodes/3/" />`,
      `<link rel="alternate" hreflang="x-default" href="${SUBPATH_ORIGIN}${PREFIX}episodes/3/" />`,
    ]);
    expect(html).toContain(`<meta property="og:image" content="${SUBPATH_ORIGIN}${PREFIX}icons/icon-512.png" />`);
  });

  test('the tracker and the progress link work under the path', async ({ page }) => {
    await open(page, at('/episodes/5/'));
    await page.getByRole('button', { name: UI.en.mark(5) }).click();
    await open(page, at('/progress/'));
    await expect(page.locator('input.transfer__url')).toHaveValue(new RegExp(`^${SUBPATH_ORIGIN}${PREFIX}progress/#p=`));
    await open(page, at('/relationships/?who=gang-tae'));
    await expect(page.getByLabel(UI.en.choosePerson)).toHaveValue('gang-tae');
    await page.locator('ul.connections a').first().click();
    await expect(page).toHaveURL(new RegExp(`^${SUBPATH_ORIGIN}${PREFIX}cast/`));
  });

  test('scopes its manifests and service worker to the path', async ({ page, request }) => {
    for (const [file, start] of [['manifest.webmanifest', PREFIX], ['manifest-ko.webmanifest', `${PREFIX}ko/`]]) {
      const manifest = await (await request.get(at(`/${file}`))).json();
      expect(manifest.start_url, file).toBe(start);
      expect(manifest.scope, file).toBe(PREFIX);
      for (const icon of manifest.icons) expect(icon.src.startsWith(PREFIX), icon.src).toBe(true);
    }
    await open(page, at('/ko/'));
    // Linked once the page has painted (register-sw.js), from the subpath.
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', at('/manifest-ko.webmanifest'));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(at('/'));
  });
});
