import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, appReady, open, overflow, withProgress, inLang, allRoutes, LANGS, UI, type Page, type Stored } from './fixtures';

// Accessibility and layout, at every width (the @quality tag runs these in all three projects):
// zero axe violations on every kind of page, in both languages and both colour schemes, with a
// full-page screenshot of each in tests/e2e/screenshots/ (git-ignored) to look at.

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Each kind of page once, in the state that shows the most of it. */
const VIEWS: { name: string; path: string; progress?: Stored; broken?: string; status?: number; act?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'cast', path: '/cast/' },
  // Her spoiler and her connections up to the finale shown.
  { name: 'cast-member', path: '/cast/park-haeng-ja/', progress: { watched: [3, 13, 14] } },
  // With the question "up to here" asks open.
  { name: 'episodes', path: '/episodes/', progress: { watched: [1, 2, 3, 4, 5] }, act: (page) => page.locator('#episode-7 .mark-up-to').click() },
  // Spoilers unlocked, a rating and a note.
  { name: 'episode', path: '/episodes/14/', progress: { watched: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14], ratings: { '14': 4 }, notes: { '14': 'The hand, the monkfish: 손, 아귀.' } }, act: (page) => page.locator('.watch-day__change summary').click() },
  // The densest map: every connection.
  { name: 'relationships', path: '/relationships/', progress: { show_all_spoilers: true } },
  { name: 'music', path: '/music/' },
  { name: 'places', path: '/places/' },
  { name: 'outlook', path: '/outlook/' },
  { name: 'about', path: '/about/' },
  { name: 'search', path: '/search/?q=moon' },
  // With a Netflix file's preview: a date that reads two ways and a row not understood.
  { name: 'progress', path: '/progress/', progress: { watched: [1, 2, 3, 4, 5, 6, 7], ratings: { '2': 5, '5': 3 } }, act: dropNetflixFile },
  { name: 'help', path: '/help/' },
  // Every view shown, spoilers included.
  { name: 'portrayal', path: '/portrayal/', progress: { show_all_spoilers: true } },
  { name: 'story', path: '/story/', progress: { watched: [1, 2, 3] } },
  { name: 'not-found', path: '/no-such-page/', status: 404 },
  // The error panel, in place of a page whose data did not load.
  { name: 'error', path: '/episodes/', broken: 'guide' },
];

async function dropNetflixFile(page: Page) {
  const file = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const rows = 'Title,Date\n"It\'s Okay to Not Be Okay: Limited Series: Sleeping Witch","3/4/24"\n"It\'s Okay to Not Be Okay: Limited Series: Episode 40","3/5/24"\n';
    transfer.items.add(new File([rows], 'NetflixViewingHistory.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.locator('section.netflix').dispatchEvent('drop', { dataTransfer: file });
  await expect(page.locator('.netflix__preview')).toBeVisible();
}

for (const view of VIEWS) {
  for (const lang of LANGS) {
    test(`${view.name} in ${lang}: no axe violations in light and dark, no overflow, screenshots`, { tag: '@quality' }, async ({ page, guard }, info) => {
      // The about page (the whole bibliography) is 20 000 to 40 000 px tall; axe and a full-page
      // screenshot of it take a while on a busy two-core machine.
      test.setTimeout(view.name === 'about' ? 150_000 : 60_000);
      guard.allowConsoleError(/status of (404|500)|guide\.json/);
      if (view.progress) await withProgress(page, view.progress);
      if (view.broken) await page.route(`**/data/${view.broken}*.json`, (route) => route.fulfill({ status: 500, body: 'oops' }));
      await open(page, inLang(lang, view.path));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (view.broken) await expect(page.getByRole('alert')).toContainText(UI[lang].loadFailed);
      await view.act?.(page);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Only colours change with the scheme, so the dark pass runs the contrast rule alone.
        const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
        const results = await (scheme === 'light' ? axe : axe.withRules(['color-contrast'])).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect.soft(summary, `axe: ${view.name} ${lang} ${scheme} at ${info.project.name}`).toEqual([]);
        expect.soft(await overflow(page), `sideways scrolling: ${view.name} ${lang} at ${info.project.name}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `${info.project.name}-${view.name}-${lang}-${scheme}.png`), fullPage: true });
      }
    });
  }
}

test('lists of cards draw no list markers', { tag: '@quality' }, async ({ page }, info) => {
  const LISTS = ['ul.cards', '.reasons__list', '.connections', '.releases', '.places-list', '.bib', '.songs'];
  const found = new Set<string>();
  // Every connection shown, so the cast member's list is there too.
  await withProgress(page, { show_all_spoilers: true });
  for (const path of ['/', '/outlook/', '/relationships/', '/music/', '/places/', '/about/', '/ko/about/', '/cast/ko-moon-young/']) {
    await open(page, path);
    for (const selector of LISTS) {
      const lists = await page.locator(selector).evaluateAll((els) =>
        els.map((e) => ({
          style: getComputedStyle(e).listStyleType,
          // An item may draw a marker of its own too.
          marked: [...e.children].filter((c) => getComputedStyle(c).display === 'list-item' && getComputedStyle(c).listStyleType !== 'none').length,
        })),
      );
      if (lists.length) found.add(selector);
      for (const l of lists) {
        expect.soft(l.style, `${selector} on ${path} at ${info.project.name}`).toBe('none');
        expect.soft(l.marked, `items of ${selector} with a marker of their own, on ${path}`).toBe(0);
      }
    }
  }
  expect([...found].sort(), 'every kind of list was there to check').toEqual([...LISTS].sort());
});

// At the narrowest width only (@narrow); the wider ones are checked per kind of page above.
test('no horizontal scrolling on any of the 84 pages at 320 px', { tag: '@narrow' }, async ({ page, guard }, info) => {
  test.setTimeout(180_000);
  guard.allowConsoleError(/status of 404/);
  // The prerendered page is what shows first, and the app draws the same; the build's markup is
  // checked here for all pages (cheap), the app's on each kind of page in the test above.
  for (const route of allRoutes()) {
    await page.goto(route.path, { waitUntil: 'load' });
    expect.soft(await overflow(page), `${route.path} at ${info.project.name}`).toBeLessThanOrEqual(0);
  }
});

/** Whether the focused element shows where focus is: an outline on it, or on what stands for it. */
function focusShown() {
  const e = document.activeElement as HTMLElement | null;
  if (!e || e === document.body) return null;
  const shows = (el: Element | null | undefined) => {
    if (!el) return false;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && r.width > 2 && r.height > 2;
  };
  // Visually hidden inputs show their focus on their label (stars, the file button).
  const label = e.id ? document.querySelector(`label[for="${e.id}"]`) : null;
  const wrapping = e.closest('label');
  const visible = shows(e) || shows(label) || shows(wrapping?.querySelector('.button')) || shows(wrapping);
  return { kb: e.dataset.kb ?? e.outerHTML.slice(0, 80), visible };
}

// Keyboard navigation is a desktop concern (the phone projects cover touch): @once runs it there.
test('keyboard alone reaches every control, in order, with a visible focus', { tag: '@once' }, async ({ page }) => {
  test.setTimeout(120_000);
  const pages = ['/', '/cast/ko-moon-young/', '/episodes/', '/episodes/2/', '/relationships/', '/music/', '/places/', '/ko/outlook/', '/ko/about/', '/search/', '/progress/'];
  for (const path of pages) {
    await open(page, path);
    // Number every control a reader can reach, in document order (one radio per group), and the
    // maps' scrolling frames, which take focus so that a keyboard can scroll them.
    const count = await page.evaluate(() => {
      const groups = new Set<string>();
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary, input, select, textarea, [tabindex="0"]')].filter((e) => {
        if (e.offsetParent === null && !e.classList.contains('skip-link')) return false;
        if (e instanceof HTMLInputElement && e.type === 'radio') {
          if (groups.has(e.name)) return false;
          groups.add(e.name);
          const checked = document.querySelector<HTMLInputElement>(`input[type=radio][name="${e.name}"]:checked`);
          if (checked && checked !== e) {
            checked.dataset.kb = '';
            return false;
          }
        }
        return true;
      });
      all.forEach((e, i) => (e.dataset.kb = String(i)));
      return all.length;
    });
    // The long bibliography is checked for its first controls only.
    const limit = Math.min(count, 90);
    const expected = Array.from({ length: limit }, (_, i) => String(i));
    const reached: string[] = [];
    while (reached.length < limit) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(focusShown);
      if (!focused) break;
      expect.soft(focused.visible, `focus is visible on ${focused.kb} (${path})`).toBe(true);
      if (reached.includes(focused.kb)) break;
      reached.push(focused.kb);
    }
    expect(reached, path).toEqual(expected);
  }
  // The skip link comes first and jumps to the content.
  await open(page, '/ko/episodes/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(UI.ko.skip);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/ko\/episodes\/$/);
  // Enter on a focused nav link navigates; Space presses a toggle; arrows choose a star.
  await page.getByRole('navigation', { name: UI.ko.nav }).getByRole('link', { name: UI.ko.sections[1] }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/cast\/$/);
  await expect(page.locator('main h1')).toHaveText('출연진');
  await open(page, '/episodes/6/');
  await page.getByRole('button', { name: UI.en.mark(6) }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: UI.en.unmark(6) })).toBeFocused();
  await page.getByRole('radio', { name: UI.en.noRating }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: UI.en.stars(2) })).toBeChecked();
  // The relationship map's chooser works by keyboard.
  await open(page, '/relationships/');
  await page.locator('#relmap-who').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('ul.connections + *, h2#connections-heading').first()).toBeVisible();
  await expect(page.locator('#connections-heading')).not.toHaveText(UI.en.listHeading);
});
