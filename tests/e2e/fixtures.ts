import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(__dirname, '..', '..', 'public', 'data');
export const readData = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

/** Every route the build writes, with a fact each page must show once the app runs. */
export function allRoutes(): { path: string; name: string; text: string }[] {
  const cast = readData('cast.json');
  const episodes = readData('episodes.json');
  return [
    { path: '/', name: 'home', text: 'Park Shin-woo' },
    { path: '/cast/', name: 'cast', text: 'Kim Soo-hyun' },
    { path: '/episodes/', name: 'episodes', text: 'Sat 20 Jun 2020' },
    { path: '/outlook/', name: 'outlook', text: 'Status as of September 2025' },
    { path: '/about/', name: 'about', text: 'Best Supporting Actor' },
    { path: '/search/', name: 'search', text: 'Search the guide' },
    ...cast.members.map((m: any) => ({ path: `/cast/${m.slug}/`, name: `cast-${m.slug}`, text: m.actor.en })),
    ...episodes.episodes.map((e: any) => ({
      path: `/episodes/${e.number}/`,
      name: `episode-${e.number}`,
      text: `Episode ${e.number} of 16`,
    })),
  ];
}

export const MAIN_PAGES = allRoutes().filter((r) =>
  ['home', 'cast', 'episodes', 'outlook', 'about', 'search', 'cast-ko-moon-young', 'episode-16'].includes(r.name),
);

/**
 * Brings the app up as a reader would and waits until it has replaced the build's prerendered
 * markup. Most pages start the app at the reader's first sign of use (see boot.js): a key press
 * is one, and changes nothing on the page.
 */
export async function appReady(page: Page) {
  await page.waitForLoadState('load');
  if ((await page.locator('#prerendered').count()) > 0) await page.keyboard.press('Shift');
  await expect(page.locator('#prerendered')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('main#main')).toBeVisible();
}

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

type Guard = {
  /** Console errors matching this are expected by the test (a deliberately broken file). */
  allowConsoleError(pattern: RegExp): void;
};

/**
 * Every test also checks that no request left the origin and that nothing was logged as an
 * error, unless the test expected that error.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const external: string[] = [];
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) external.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowed.some((a) => a.test(m.text()))) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      await use({ allowConsoleError: (p) => allowed.push(p) });
      expect(external, 'requests that left the origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
