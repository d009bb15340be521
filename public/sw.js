// Trail Map service worker: precaches exactly the files of one build (list and version are
// written in by scripts/post_build.py), answers app routes offline with the app shell, and
// waits for the user before a new build takes over, so old and new files never mix.
const VERSION = "__TRAILMAP_BUILD_VERSION__";
const PRECACHE = __TRAILMAP_PRECACHE__;
const SCOPE = self.registration.scope;
// Caches are shared by the whole origin: the scope in the name keeps two deployments under
// different paths (e.g. /trailmap/ and /trailmap-next/) from deleting each other's files.
const PREFIX = "trailmap:" + new URL(SCOPE).pathname + ":";
const CACHE = PREFIX + VERSION;
const SHELL = new URL("index.html", SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Content-hashed files may come from the HTTP cache (the page has just downloaded them;
      // their bytes cannot be stale): "reload" for them made every first visit download the
      // whole app twice. Unhashed files (index.html, manifest, icons) still bypass it.
      cache.addAll([...PRECACHED].map((href) =>
        new Request(href, { cache: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(href) ? "default" : "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
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
    // Every app route is the same shell (the router reads the URL); a build file opened
    // directly (the manifest, an icon) is itself.
    const url = new URL(request.url);
    url.search = "";
    url.hash = "";
    const key = PRECACHED.has(url.href) ? url.href : SHELL;
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))
    )
  );
});
