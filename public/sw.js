// Trail Map service worker: precaches exactly the files of one build (list and version are
// written in by scripts/post_build.py), answers app routes offline with the app shell, and
// waits for the user before a new build takes over, so old and new files never mix.
const VERSION = "__TRAILMAP_BUILD_VERSION__";
const PRECACHE = __TRAILMAP_PRECACHE__;
const CACHE = "trailmap-" + VERSION;
const SCOPE = self.registration.scope;
const SHELL = new URL("index.html", SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, SCOPE).href, { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("trailmap-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    // Every app route is the same shell; the router reads the URL.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(SHELL)).then((shell) => shell || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))
    )
  );
});
