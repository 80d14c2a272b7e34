// The guide's service worker, written into dist/ by the build (src/bin/postbuild/sw.js is the
// template). Each build caches its own complete set of files under its own name, so a page never
// mixes one build's wasm with another build's data; the old set is dropped once the new one runs.
const BUILD = "__BUILD__";
const CACHE = "okay-guide-" + BUILD;
const FILES = __FILES__;
const SCOPE = self.registration.scope;

self.addEventListener("install", (event) => {
  // Not skipWaiting(): a new build waits until the reader chooses to reload.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, SCOPE).href))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("okay-guide-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const path = url.origin + url.pathname;
  if (request.mode === "navigate") {
    // A route is a folder with an index.html: "/cast", "/cast/" and "/cast/index.html" are one page.
    const candidates = path.endsWith("/")
      ? [path + "index.html"]
      : [path, path + "/index.html"];
    for (const candidate of candidates) {
      const hit = await cache.match(candidate);
      if (hit) return hit;
    }
    try {
      return await fetch(request);
    } catch (error) {
      // Offline at an address the guide does not have: its not-found page, in the address's language.
      const korean = url.href.startsWith(new URL("ko/", SCOPE).href);
      const notFound = await cache.match(new URL(korean ? "ko/404.html" : "404.html", SCOPE).href);
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
      throw error;
    }
  }
  const hit = await cache.match(path);
  return hit || fetch(request);
}
