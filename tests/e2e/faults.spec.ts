import { test, expect, appReady, open, nav, layoutShift, readData, guide, withProgress, UI, DIST, type Page, type Lang } from './fixtures';
import { startStaticServer, type TestServer } from './servers';

// Broken data: each way a data file can arrive broken gives a clear message, in the page's
// language, where the page would be (role=alert, with "Try again"); the header keeps working, and
// Try again recovers once the file is fine. A broken map.json only takes the map off /places/.
// None of this depends on the device: desktop only (@once).

type Fault = { name: string; status: number; contentType: string; body: (file: string) => string; message: Record<Lang, (file: string) => string> };

const FAULTS: Fault[] = [
  {
    name: 'a missing file', status: 404, contentType: 'text/html', body: () => 'Not found',
    message: { en: (f) => `The guide's data file ${f} is missing from this site (the server answered 404).`, ko: (f) => `이 사이트에 가이드 데이터 파일이 없습니다. (${f}, 서버 응답 404)` },
  },
  {
    name: 'a server error', status: 500, contentType: 'text/plain', body: () => 'oops',
    message: { en: (f) => `The server had a problem sending ${f} (it answered 500). Try again in a moment.`, ko: (f) => `서버가 데이터 파일(${f})을 보내는 중 문제가 생겼습니다. (응답 500) 잠시 뒤 다시 시도해 주세요.` },
  },
  {
    name: 'an HTML page instead of JSON', status: 200, contentType: 'text/html', body: () => '<!DOCTYPE html><html><body>app</body></html>',
    message: { en: (f) => `The server sent a web page where the data file ${f} should be. The site may be set up wrongly.`, ko: (f) => `데이터 파일(${f}) 대신 웹 페이지를 받았습니다. 사이트 설정이 잘못된 것 같습니다.` },
  },
  {
    name: 'malformed JSON', status: 200, contentType: 'application/json', body: () => '{"format": 2, "citations": [',
    message: { en: (f) => `The data file ${f} is damaged and can't be read (it is not valid JSON: `, ko: (f) => `데이터 파일(${f})이 손상되어 읽을 수 없습니다. (JSON 문법이 맞지 않습니다. 세부 정보: ` },
  },
  {
    name: 'JSON of the wrong shape', status: 200, contentType: 'application/json', body: () => '{"format": 2, "text": "everything", "cast": "everyone"}',
    message: { en: (f) => `The data file ${f} is damaged and can't be read (a field has the wrong shape: `, ko: (f) => `데이터 파일(${f})이 손상되어 읽을 수 없습니다. (항목의 형태가 맞지 않습니다. 세부 정보: ` },
  },
  {
    name: 'an empty body', status: 200, contentType: 'application/json', body: () => '',
    message: { en: (f) => `The data file ${f} is empty.`, ko: (f) => `데이터 파일(${f})이 비어 있습니다.` },
  },
  {
    name: 'a file for another version', status: 200, contentType: 'application/json', body: (file) => JSON.stringify({ ...readData(file), format: 99 }),
    message: { en: (f) => `The data file ${f} is for a different version of the guide (format 99, expected 2). Reload the page to get the latest version.`, ko: (f) => `데이터 파일(${f})은 다른 버전의 가이드용입니다. (형식 99, 필요한 형식 2) 페이지를 새로고침하면 최신 버전을 받습니다.` },
  },
];

/** Serves `file` broken until the returned function is called. */
async function breakFile(page: Page, file: string, answer: { status: number; contentType: string; body: string }) {
  let broken = true;
  const stem = file.replace('.json', '');
  await page.route(`**/data/${stem}-*.json`, (route) => (broken ? route.fulfill(answer) : route.continue()));
  return () => (broken = false);
}

const TARGETS: { file: string; lang: Lang; path: string; other: string; shown: (page: Page) => Promise<void> }[] = [
  { file: 'guide.json', lang: 'en', path: '/episodes/', other: '/cast/', shown: (page) => expect(page.locator('li.episode-row')).toHaveCount(16) },
  { file: 'guide.json', lang: 'ko', path: '/ko/cast/', other: '/ko/episodes/', shown: (page) => expect(page.locator('article.cast-card')).toHaveCount(12) },
  { file: 'text-en.json', lang: 'en', path: '/music/', other: '/about/', shown: (page) => expect(page.locator('ol.releases > li')).toHaveCount(10) },
  { file: 'text-ko.json', lang: 'ko', path: '/ko/relationships/', other: '/ko/', shown: (page) => expect(page.locator('svg.relmap__svg')).toBeVisible() },
];

for (const target of TARGETS) {
  for (const fault of FAULTS) {
    // The text files have no "citations", so their wrong-shape and malformed cases read the same.
    test(`${target.file} as ${fault.name} (${target.lang} page): a message, the header works, Try again recovers`, { tag: '@once' }, async ({ page, guard }) => {
      guard.allowConsoleError(new RegExp(`${target.file.replace('.', '\\.')}|status of (404|500)|okay-guide`));
      const t = UI[target.lang];
      const fix = await breakFile(page, target.file, { status: fault.status, contentType: fault.contentType, body: fault.body(target.file) });
      await open(page, target.path);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(t.loadFailed);
      await expect(alert).toContainText(fault.message[target.lang](target.file));
      await expect(page.locator('html')).toHaveAttribute('lang', target.lang);
      await expect(nav(page, target.lang)).toBeVisible();
      // The header still takes the reader elsewhere (that page cannot load its data either).
      await nav(page, target.lang).locator(`a[href="${target.other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${target.other}$`));
      await expect(page.getByRole('alert')).toContainText(fault.message[target.lang](target.file));
      await page.goBack();
      fix();
      await page.getByRole('button', { name: t.retry }).click();
      await target.shown(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
}

test('a text file of the other language, or one missing passages, is refused in words', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/text-(en|ko)\.json|okay-guide/);
  const ko = readData('text-ko.json');
  await breakFile(page, 'text-en.json', { status: 200, contentType: 'application/json', body: JSON.stringify(ko) });
  await open(page, '/cast/');
  await expect(page.getByRole('alert')).toContainText('The text file text-en.json is in the wrong language (ko).');
  await page.unrouteAll({ behavior: 'wait' });
  const en = readData('text-en.json');
  delete en.text['cast.moon-gang-tae.about'];
  delete en.text['place.ayajin.name'];
  await breakFile(page, 'text-en.json', { status: 200, contentType: 'application/json', body: JSON.stringify(en) });
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('alert')).toContainText('The text file text-en.json is missing 2 passages the guide needs (the first is ');
});

test('a broken file of the other language changes nothing on this one', { tag: '@once' }, async ({ page }) => {
  await page.route('**/data/text-ko-*.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await open(page, '/cast/');
  await expect(page.locator('article.cast-card')).toHaveCount(12);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const lang of ['en', 'ko'] as const) {
  test(`a broken map.json takes only the map off the places page (${lang})`, { tag: '@once' }, async ({ page, guard }) => {
    guard.allowConsoleError(/map\.json|status of 404|okay-guide/);
    await page.route('**/data/map-*.json', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    await open(page, lang === 'en' ? '/places/' : '/ko/places/');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(UI[lang].loadFailed);
    await expect(alert).toContainText(FAULTS[0].message[lang]('map.json'));
    await expect(page.locator('svg.placemap__svg')).toHaveCount(0);
    await expect(page.locator('ol.places-list > li')).toHaveCount(guide().places.length);
    // Every other page is whole.
    await nav(page, lang).locator(`a[href="${lang === 'en' ? '/' : '/ko/'}"]`).click();
    await expect(page.locator('.progress__count')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a map.json of the wrong shape takes only the map off, too', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/map\.json|okay-guide/);
  await page.route('**/data/map-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 1, "land": 5}' }));
  await open(page, '/places/');
  await expect(page.getByRole('alert')).toContainText("The data file map.json is damaged and can't be read");
  await expect(page.locator('ol.places-list > li')).toHaveCount(guide().places.length);
});

test('a data request that never finishes times out with a message, and retry works', { tag: '@once' }, async ({ page, guard }) => {
  test.setTimeout(90_000);
  guard.allowConsoleError(/guide\.json|okay-guide/);
  let hang = true;
  await page.route('**/data/guide-*.json', async (route) => {
    if (!hang) return route.continue();
    await new Promise(() => {}); // never answers
  });
  await page.goto('/cast/');
  // The prerendered page stays readable while the app waits.
  await expect(page.locator('main')).toContainText('Kim Soo-hyun');
  await page.keyboard.press('Shift');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('okay-guide:start').length), { message: 'the app started' }).toBe(1);
  await expect(page.getByRole('alert')).toContainText('Loading guide.json took longer than 12 seconds', { timeout: 40_000 });
  hang = false;
  await page.getByRole('button', { name: UI.en.retry }).click();
  await expect(page.locator('article.cast-card')).toHaveCount(12);
});

test('losing the network before the data arrives gives a clear message', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/couldn't reach|ERR_INTERNET_DISCONNECTED|Failed to load|okay-guide/);
  await page.route('**/data/*.json', (route) => route.abort('internetdisconnected'));
  await open(page, '/ko/episodes/');
  await expect(page.getByRole('alert')).toContainText('가이드 데이터(guide.json)를 불러오지 못했습니다. 인터넷 연결을 확인한 뒤 다시 시도해 주세요.');
});

test('a slow retry says it is loading, in place, then shows the content', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/guide\.json|status of 500|okay-guide/);
  let mode: 'broken' | 'slow' = 'broken';
  await page.route('**/data/guide-*.json', async (route) => {
    if (mode === 'broken') return route.fulfill({ status: 500, body: 'oops' });
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await open(page, '/cast/');
  await expect(page.getByRole('alert')).toContainText('guide.json');
  mode = 'slow';
  await page.getByRole('button', { name: UI.en.retry }).click();
  const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('button', { name: UI.en.retry })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('article.cast-card')).toHaveCount(12);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(loading).toHaveCount(0);
});

test('a slow data file: the prerendered page stays readable, then the app takes over without a jump', { tag: '@once' }, async ({ page }) => {
  await page.route('**/data/guide-*.json', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto('/episodes/');
  // While the data is on its way, the build's HTML of the page is on screen, not a spinner.
  await expect(page.locator('#prerendered li.episode-row')).toHaveCount(16);
  await appReady(page);
  await expect(page.locator('li.episode-row')).toHaveCount(16);
  expect(await layoutShift(page)).toBeLessThan(0.05);
});

test('very long names and titles, right-to-left text and emoji stay inside a 320 px screen', { tag: '@once' }, async ({ page }) => {
  const g = guide();
  g.cast[0].character.en = 'Moon' + 'Gangtae'.repeat(40);
  g.cast[1].actor.en = 'Seo-Yea-ji-'.repeat(30);
  g.cast[1].roles = [{ title: { en: 'A'.repeat(250), ko: '가'.repeat(120) }, year: null, cite: g.cast[1].cite }];
  g.episodes[0].title_en.text = 'Nightmares'.repeat(30);
  g.citations[0].publisher = 'W'.repeat(200);
  const en = readData('text-en.json');
  en.text['cast.moon-gang-tae.about'] = 'שלום עולם مرحبا بالعالم 🦋🌙✨ ' + 'x'.repeat(300);
  en.text['episode.1.tale'] = 'مرحبا '.repeat(60);
  en.text['relation.brothers.label'] = 'brothers'.repeat(20);
  await page.route('**/data/guide-*.json', (route) => route.fulfill({ json: g }));
  await page.route('**/data/text-en-*.json', (route) => route.fulfill({ json: en }));
  await withProgress(page, {});
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/cast/', '/cast/moon-gang-tae/', '/episodes/', '/episodes/1/', '/relationships/', '/about/']) {
    await page.goto(path);
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator('main h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto('/cast/');
  await expect(page.locator('main')).toContainText('🦋🌙✨');
});

test('bad addresses get the friendly not-found view', { tag: '@once' }, async ({ page, guard }) => {
  guard.allowConsoleError(/status of 404/);
  for (const path of ['/episodes/0/', '/episodes/17/', '/episodes/abc/', '/episodes/03/', '/cast/nobody/', '/' + 'x'.repeat(1500), '/%E2%9C%A8/%3Cscript%3E/', '/cast/%00/', '/ko/ko/', '/KO/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(path.startsWith('/ko/') ? UI.ko.notFound : UI.en.notFound);
  }
});

/** The build served by a host that answers every unknown path with index.html. */
const spaTest = test.extend<{ spaHost: TestServer }>({
  spaHost: async ({}, use) => {
    const server = await startStaticServer(DIST, ['--missing', 'spa']);
    await use(server);
    server.stop();
  },
  baseURL: async ({ spaHost }, use) => use(spaHost.origin),
});

spaTest.describe('a host with a single-page-app fallback', () => {
  spaTest('answers unknown paths with index.html, and the app shows not-found in the address\'s language', { tag: '@once' }, async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(200);
    // The home page's markup is not for this address, so the app starts without waiting.
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.notFound);
    await page.goto('/ko/no-such-page/');
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.notFound);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    // A malformed %-escape must not stop the boot script from seeing that this is not the home page.
    await page.goto('/cast/%E0%A4%A/');
    await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.notFound);
    await page.goto('/episodes/7/');
    await appReady(page);
    await expect(page.locator('main')).toContainText(UI.en.episodeOf(7));
  });
});
