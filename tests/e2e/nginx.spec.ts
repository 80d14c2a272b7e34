import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, appReady } from './fixtures';
import { startServer, type TestServer } from './servers';

// Serves dist/ through deploy/nginx.conf itself (Debian's nginx, on loopback) and checks what a
// production host would send. Each test gets its own nginx on its own port (see servers.ts).
const ROOT = join(__dirname, '..', '..');

const test = base.extend<{ nginx: TestServer }>({
  nginx: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'okay-guide-nginx-'));
    const root = process.getuid?.() === 0 ? 'user root;' : '';
    const server = await startServer(
      '/usr/sbin/nginx',
      (port) => {
        const site = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
          .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
          .replace(/root \/srv\/okay-guide;/, `root ${join(ROOT, 'dist')};`);
        writeFileSync(join(dir, 'site.conf'), site);
        writeFileSync(
          join(dir, 'nginx.conf'),
          `${root}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
        );
        return ['-c', join(dir, 'nginx.conf'), '-p', dir];
      },
      () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    );
    await use(server);
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ nginx }, use) => use(nginx.origin),
});

test.skip(!existsSync('/usr/sbin/nginx'), 'nginx is installed by `make test`');
// What a server sends does not depend on the device.
test.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');

/** The boot script's name from the page, and the wasm's name from the boot script. */
async function assetNames(request: import('@playwright/test').APIRequestContext) {
  const html = await (await request.get('/')).text();
  const boot = html.match(/src="\/(boot-[0-9a-f]+\.js)"/)?.[1];
  const script = await (await request.get(`/${boot}`)).text();
  const wasm = script.match(/module_or_path: ["']\/([^"']+_bg\.wasm)["']/)?.[1];
  expect(boot).toBeTruthy();
  expect(wasm).toBeTruthy();
  return { boot: boot!, wasm: wasm! };
}

test('nginx sends the same security headers as _headers, and caches by name', async ({ request }) => {
  const page = await request.get('/');
  const h = page.headers();
  const headersFile = readFileSync(join(ROOT, 'dist', '_headers'), 'utf8');
  const csp = headersFile.match(/Content-Security-Policy: (.*)/)?.[1];
  expect(h['content-security-policy']).toBe(csp);
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['cross-origin-resource-policy']).toBe('same-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cache-control']).toBe('no-cache');
  const { boot, wasm } = await assetNames(request);
  for (const file of [wasm, boot]) {
    const r = await request.get(`/${file}`);
    expect(r.status(), file).toBe(200);
    expect(r.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(r.headers()['content-security-policy'], file).toBe(csp);
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
  expect((await request.get(`/${wasm}`)).headers()['content-type']).toBe('application/wasm');
});

test('nginx serves the precompressed files', async ({ request }) => {
  const { wasm } = await assetNames(request);
  const br = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  const gz = await request.get('/data/cast.json', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
});

test('deep links and the 404 page through nginx', async ({ request, page, guard }) => {
  guard.allowConsoleError(/status of 404/);
  for (const path of ['/cast/ko-moon-young/', '/episodes/16/', '/outlook/']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const missing = await page.goto('/episodes/99/');
  expect(missing?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the app runs under the header CSP with zero violations', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Season 2?' }).click();
  await expect(page.locator('.verdict__headline')).toBeVisible();
  await page.goto('/cast/park-haeng-ja/');
  await appReady(page);
  await page.getByRole('button', { name: /Reveal spoiler/ }).click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});
