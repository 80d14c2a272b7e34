import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, appReady, open, nav, UI, DIST } from './fixtures';
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
          .replace(/root \/srv\/okay-guide;/, `root ${DIST};`);
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
// What a server sends does not depend on the device: every test here is @once (desktop only).

/** The boot script's name from the page, and the wasm's and its glue's names from the boot script. */
async function assetNames(request: import('@playwright/test').APIRequestContext) {
  const html = await (await request.get('/')).text();
  const boot = html.match(/src="\/(boot-[0-9a-f]+\.js)"/)?.[1];
  const script = await (await request.get(`/${boot}`)).text();
  const wasm = script.match(/["']\/([^"']+_bg\.wasm)["']/)?.[1];
  const glue = script.match(/import\(["']\/([^"']+\.js)["']\)/)?.[1];
  expect(boot).toBeTruthy();
  expect(wasm).toBeTruthy();
  expect(glue).toBeTruthy();
  return { boot: boot!, wasm: wasm!, glue: glue! };
}

test('nginx sends the same security headers as _headers, and caches by name', { tag: '@once' }, async ({ request }) => {
  const page = await request.get('/');
  const h = page.headers();
  const headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
  const csp = headersFile.match(/Content-Security-Policy: (.*)/)?.[1];
  expect(h['content-security-policy']).toBe(csp);
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['cross-origin-resource-policy']).toBe('same-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cache-control']).toBe('no-cache');
  const { boot, wasm, glue } = await assetNames(request);
  for (const file of [wasm, boot, glue]) {
    const r = await request.get(`/${file}`);
    expect(r.status(), file).toBe(200);
    expect(r.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(r.headers()['content-security-policy'], file).toBe(csp);
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
  expect((await request.get(`/${wasm}`)).headers()['content-type']).toBe('application/wasm');
});

test('nginx serves the precompressed files', { tag: '@once' }, async ({ request }) => {
  const { wasm } = await assetNames(request);
  const br = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  const html = await (await request.get('/')).text();
  const guide = html.match(/guide\.json=(guide-[0-9a-f]{16}\.json)/)![1];
  for (const path of [`/data/${guide}`, '/ko/about/', '/data/text-ko.json']) {
    const gz = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers()['content-encoding'], path).toBe('gzip');
    expect(gz.headers()['vary'], path).toContain('Accept-Encoding');
  }
  const data = await request.get(`/data/${guide}`);
  expect(data.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(data.headers()['content-type']).toMatch(/^application\/json/);
});

test('both web app manifests are sent as manifests', { tag: '@once' }, async ({ request }) => {
  for (const file of ['/manifest.webmanifest', '/manifest-ko.webmanifest']) {
    const r = await request.get(file);
    expect(r.status(), file).toBe(200);
    expect(r.headers()['content-type'], file).toBe('application/manifest+json');
  }
});

test('deep links and the not-found page through nginx, in both languages', { tag: '@once' }, async ({ request, page, guard }) => {
  guard.allowConsoleError(/status of 404/);
  for (const path of ['/cast/ko-moon-young/', '/episodes/16/', '/outlook/', '/ko/', '/ko/relationships/', '/ko/cast/kwon-ki-do/', '/music']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const missing = await page.goto('/episodes/99/');
  expect(missing?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.en.notFound);
  const korean = await page.goto('/ko/no-such-page/');
  expect(korean?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.ko.notFound);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('the app runs under the header CSP with zero violations', { tag: '@once' }, async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await open(page, '/');
  await nav(page).getByRole('link', { name: 'Season 2?' }).click();
  await expect(page.locator('.verdict__headline')).toBeVisible();
  for (const path of ['/ko/relationships/', '/places/', '/progress/', '/cast/park-haeng-ja/']) {
    await open(page, path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.getByRole('button', { name: UI.en.reveal(13) }).click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});
