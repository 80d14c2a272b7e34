import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, appReady, layoutShift, MAIN_PAGES, allRoutes } from './fixtures';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// One test per page and scheme, so a slow machine meets each test's time limit.
for (const scheme of ['light', 'dark'] as const) {
  for (const route of [...MAIN_PAGES, { path: '/nope/', name: 'not-found', text: '' }]) {
    test(`no accessibility violations on ${route.name} in the ${scheme} scheme, with a screenshot`, async ({ page, guard }, info) => {
      guard.allowConsoleError(/status of 404/); // the not-found page is served with status 404
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route.path);
      await appReady(page);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${route.path} (${scheme})`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${info.project.name}-${route.name}-${scheme}.png`), fullPage: true });
    });
  }
}

test('the spoiler, error and loading states are accessible too', async ({ page }) => {
  await page.goto('/cast/park-haeng-ja/');
  await appReady(page);
  await page.getByRole('button', { name: /Reveal spoiler/ }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('keyboard alone reaches every link and button, in order, with a visible focus', async ({ page, browserName }, info) => {
  test.skip(info.project.name === 'phone', 'keyboard navigation is a desktop concern; the phone project covers touch');
  for (const route of MAIN_PAGES) {
    await page.goto(route.path);
    await appReady(page);
    // Number every visible link and button in document order, then Tab and record the numbers.
    const count = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary, input')].filter(
        (e) => e.offsetParent !== null || e.classList.contains('skip-link'),
      );
      all.forEach((e, i) => (e.dataset.kb = String(i)));
      return all.length;
    });
    const expected = Array.from({ length: count }, (_, i) => String(i));
    const reached: string[] = [];
    for (let i = 0; i < count + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const style = getComputedStyle(e);
        return { kb: e.dataset.kb ?? e.outerHTML.slice(0, 80), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!focused) break;
      expect(focused.outline, `focus is visible on ${focused.kb}`).toBe(true);
      if (reached.includes(focused.kb)) break;
      reached.push(focused.kb);
    }
    expect(reached, route.path).toEqual(expected);
  }
  // The skip link comes first and jumps to the content.
  await page.goto('/episodes/');
  await appReady(page);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/episodes\/$/);
  // Enter on a focused nav link navigates.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cast' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cast\/$/);
  await expect(page.locator('main h1')).toHaveText('Cast');
});

test('no horizontal scrolling from 320 px up', async ({ page }, info) => {
  test.setTimeout(120_000);
  // Every route at the narrowest width; the main pages at the project's own width too.
  const checks =
    info.project.name === 'phone'
      ? allRoutes().map((r) => ({ route: r, width: 320 }))
      : MAIN_PAGES.map((r) => ({ route: r, width: 1280 }));
  for (const { route, width } of checks) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(route.path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${route.path} at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test('the page does not shift when the app takes over from the prerendered HTML', async ({ page }) => {
  await page.goto('/episodes/');
  await appReady(page);
  const shift = await layoutShift(page);
  expect(shift).toBeLessThan(0.05);
});

// The tracker, search and about views in the states a reader meets, on the narrowest phone and on
// both project sizes, in both colour schemes: zero axe violations, and a screenshot of each.
const NEW_VIEWS: { name: string; path: string; act?: (page: import('@playwright/test').Page) => Promise<void> }[] = [
  {
    name: 'episodes-tracking',
    path: '/episodes/',
    act: async (page) => {
      await page.getByRole('button', { name: 'Mark all up to here, episodes 1 to 4' }).click();
      await page.getByRole('button', { name: 'Clear progress' }).click();
    },
  },
  {
    name: 'episode-13-unlocked',
    path: '/episodes/13/',
    act: async (page) => {
      await page.getByRole('button', { name: 'Mark episode 13 as watched' }).click();
      await expect(page.locator('.spoiler__text')).toBeVisible();
    },
  },
  {
    name: 'search-results',
    path: '/search/?q=moon',
    act: async (page) => {
      await expect(page.locator('.search-result').first()).toBeVisible();
    },
  },
  { name: 'about', path: '/about/' },
  {
    name: 'home-notice',
    path: '/',
    act: async (page) => {
      await page.evaluate(() => localStorage.setItem('okay-guide.progress', '{broken'));
      await page.reload();
      await appReady(page);
      await expect(page.locator('.tracker-notice')).toContainText('could not be read');
    },
  },
];

// One test per view and size: each is an axe run and a full-page screenshot per colour scheme,
// too much for one test's time limit on a busy 2-core machine when all views shared a test.
for (const width of [320, 0]) {
  for (const view of NEW_VIEWS) {
    test(`${view.name}: axe in light and dark${width ? ` at ${width} px` : ''}, with screenshots`, async ({ page }, info) => {
      test.skip(width === 320 && info.project.name === 'desktop', 'the 320 px pass runs once');
      if (width) await page.setViewportSize({ width, height: 640 });
      const size = width ? `${width}` : info.project.name;
      await page.goto(view.path);
      await appReady(page);
      await view.act?.(page);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `${view.name} (${scheme}, ${size})`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${view.name} overflows at ${size}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `${size}-${view.name}-${scheme}.png`), fullPage: true });
      }
    });
  }
}
