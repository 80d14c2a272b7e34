import { test, expect, open, withProgress, guide, allRoutes, inLang, UI, LANGS, PAGE_KINDS, type Page, type Lang } from './fixtures';

// Every fact names its sources: source lines under facts link to each source and mark fan-made
// ones; /about/ lists every citation exactly once, grouped by kind; claims that can go stale say
// how old they are by the reader's own clock.

const KIND_HEADINGS: Record<Lang, Record<string, string>> = {
  en: { press: 'Press', official: 'Official pages', reference: 'Reference works and databases', fan: 'Made by fans: blogs, recaps, forums and fan databases' },
  ko: { press: '언론', official: '공식 페이지', reference: '백과사전과 데이터베이스', fan: '팬 출처: 블로그, 리뷰, 커뮤니티, 팬 데이터베이스' },
};

for (const lang of LANGS) {
  test(`the bibliography lists every citation exactly once, grouped by kind, with what it is used for (${lang})`, { tag: '@once' }, async ({ page }) => {
    test.setTimeout(90_000);
    const g = guide();
    await open(page, inLang(lang, '/about/'));
    const items = page.locator('li.bib__item');
    await expect(items).toHaveCount(g.citations.length);
    // Read every item at once: a round trip per citation would be slow.
    const found = await items.evaluateAll((els) =>
      els.map((li) => ({
        id: li.id,
        group: li.closest('section.bib__group')?.querySelector('h3')?.textContent ?? '',
        publisher: li.querySelector('.bib__publisher')?.textContent ?? '',
        date: li.querySelector('.bib__date')?.textContent ?? '',
        link: li.querySelector('a.bib__link')?.getAttribute('href') ?? null,
        uses: [...li.querySelectorAll('.bib__uses a')].map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })),
      })),
    );
    const byId = new Map(found.map((f) => [f.id, f]));
    expect(byId.size, 'no citation listed twice').toBe(found.length);
    const problems: string[] = [];
    for (const c of g.citations) {
      const f = byId.get(`source-${c.id}`);
      if (!f) {
        problems.push(`${c.id}: not listed`);
        continue;
      }
      if (f.group !== KIND_HEADINGS[lang][c.kind]) problems.push(`${c.id}: under "${f.group}", not ${c.kind}`);
      if (f.publisher !== c.publisher) problems.push(`${c.id}: publisher "${f.publisher}"`);
      if (f.link !== c.url) problems.push(`${c.id}: link ${f.link}`);
      if (c.date === 'undated' ? f.date !== (lang === 'en' ? 'undated' : '날짜 없음') : !f.date.includes(c.date.slice(0, 4))) problems.push(`${c.id}: date "${f.date}"`);
      if (f.uses.length === 0) problems.push(`${c.id}: used for nothing`);
      for (const u of f.uses) {
        if (!u.text) problems.push(`${c.id}: a "${UI[lang].usedFor}" link with no words (to ${u.href})`);
        if (!u.href.startsWith(inLang(lang, '/'))) problems.push(`${c.id}: a use links out of this language: ${u.href}`);
      }
    }
    expect(problems).toEqual([]);
    await expect(page.locator('section.bib__group h3')).toHaveText(['press', 'official', 'reference', 'fan'].map((k) => KIND_HEADINGS[lang][k]));
  });
}

/** Every source line on the page: each item a link to a citation's address, fan ones marked. */
async function checkSourceLines(page: Page, lang: Lang, where: string) {
  const g = guide();
  const urls = new Map(g.citations.map((c: any) => [c.url, c]));
  const lines = await page.locator('main p.source').evaluateAll((ps) =>
    ps.map((p) => ({
      text: p.textContent ?? '',
      cites: p.querySelectorAll('cite').length,
      links: [...p.querySelectorAll('a')].map((a) => ({
        cls: a.className,
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel') ?? '',
        fan: a.nextElementSibling?.classList.contains('source__fan') ? a.nextElementSibling.textContent : null,
      })),
    })),
  );
  expect(lines.length, `${where}: source lines`).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line.cites, `${where}: a source without a link in "${line.text}"`).toBe(0);
    expect(line.links.length, `${where}: "${line.text}"`).toBeGreaterThan(0);
    expect(line.text, where).toMatch(lang === 'en' ? /^Sources?: / : /^출처: /);
    for (const l of line.links) {
      const c: any = urls.get(l.href);
      expect(c, `${where}: ${l.href} is a citation's address`).toBeTruthy();
      expect(l.cls).toBe('source__link');
      expect(l.rel).toContain('noopener');
      expect(l.fan, `${where}: ${c.id} (${c.kind})`).toBe(c.kind === 'fan' ? UI[lang].fanSource : null);
    }
  }
}

test('every source line on a few pages is a link to the source, fan-made ones marked', { tag: '@once' }, async ({ page }) => {
  await withProgress(page, { show_all_spoilers: true });
  for (const [path, lang] of [['/', 'en'], ['/ko/episodes/13/', 'ko'], ['/music/', 'en'], ['/ko/places/', 'ko'], ['/cast/park-haeng-ja/', 'en'], ['/ko/outlook/', 'ko'], ['/relationships/', 'en']] as const) {
    await open(page, path);
    await checkSourceLines(page, lang, path);
  }
});

test.describe('two dates and staleness by the reader\'s clock', () => {
  test('a claim gives its newest source and its last check, fresh for a year after the check, in both languages', { tag: '@once' }, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-03-20T12:00:00Z'));
    await open(page, '/');
    const netflix = page.locator('li.watch').filter({ hasText: 'Netflix' }).locator('.checked');
    // Old news, checked recently: fresh, because the warning counts from the check.
    await expect(netflix).toHaveText('newest source July 2020, checked December 2026');
    await expect(netflix).not.toHaveClass(/checked--stale/);
    await expect(page.locator('.status-line .checked')).toHaveText('newest source May 2026, checked December 2026');
    await open(page, '/ko/');
    await expect(page.locator('li.watch').filter({ hasText: '넷플릭스' }).locator('.checked')).toHaveText('최신 출처 2020년 7월, 2026년 12월 확인');
    await open(page, '/outlook/');
    await expect(page.locator('.verdict__asof .checked')).toHaveText('newest source May 2026, checked December 2026');
    await expect(page.locator('.verdict__asof .checked')).not.toHaveClass(/checked--stale/);
  });

  test('over a year after the check the outlook and the other claims are marked stale', { tag: '@once' }, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2028-01-05T12:00:00Z'));
    await open(page, '/outlook/');
    await expect(page.locator('.verdict__asof .checked')).toHaveText('newest source May 2026, checked December 2026, over a year ago');
    await expect(page.locator('.verdict__asof .checked')).toHaveClass(/checked--stale/);
    await open(page, '/');
    await expect(page.locator('li.watch').filter({ hasText: 'Netflix' }).locator('.checked')).toHaveText('newest source July 2020, checked December 2026, over a year ago');
    await open(page, '/ko/outlook/');
    await expect(page.locator('.verdict__asof .checked')).toHaveText('최신 출처 2026년 5월, 2026년 12월 확인, 1년 넘게 지난 정보');
  });
});

const BANNED = /\bseeds?\b|facts? file|fan sources?\b/i;

/** All the words a reader can meet on the page: text, and the attributes that are read out or shown. */
const readerText = (page: Page) =>
  page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[content]')].flatMap((e) =>
      ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });

test('no reader-facing text says "seed", "facts file" or "fan source"', { tag: '@once' }, async ({ page, request, guard }) => {
  test.setTimeout(120_000);
  guard.allowConsoleError(/status of (404|500)|guide\.json/);
  // The build's pages, all 84.
  for (const route of allRoutes()) {
    const html = await (await request.get(route.path)).text();
    const text = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<meta name="okay-guide-data"[^>]*>/, ' ').replace(/<[^>]+>/g, ' ');
    expect(text.match(BANNED)?.[0], route.path).toBeUndefined();
  }
  // What only the app shows: every spoiler, both languages, and an error panel.
  await withProgress(page, { show_all_spoilers: true, watched: [1, 2, 3], ratings: { '1': 2 } });
  for (const lang of LANGS) {
    for (const { path } of PAGE_KINDS) {
      await open(page, inLang(lang, path));
      expect((await readerText(page)).match(BANNED)?.[0], inLang(lang, path)).toBeUndefined();
    }
  }
  await page.route('**/data/guide*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 2, "citations": [' }));
  await page.goto('/cast/');
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  expect((await readerText(page)).match(BANNED)?.[0]).toBeUndefined();
});
