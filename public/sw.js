// Trail Map service worker: precaches exactly the files of one build (list and version are
// written in by scripts/post_build.py), answers app routes offline with the app shell, and
// waits for the user before a new build takes over, so old and new files never mix.
const VERSION = "__TRAILMAP_BUILD_VERSION__";
const PRECACHE = __TRAILMAP_PRECACHE__;
// Files fetched only when a view asks for them (the landscape data): cached on first use in a
// cache that outlives builds, pruned to this build's list on activate.
const LAZY = __TRAILMAP_LAZY__;
// The dataset, one file per language. A first visit fetches one (its page's language), so
// neither is precached: on the first install the worker keeps the one the browser already
// has and, once active, fetches the other in the background, so switching works offline.
// An update installs both (it must not take over without them). Kept in this build's cache.
const DATA = __TRAILMAP_DATA__;
const SCOPE = self.registration.scope;
// Caches are shared by the whole origin: the scope in the name keeps two deployments under
// different paths (e.g. /trailmap/ and /trailmap-next/) from deleting each other's files.
const PREFIX = "trailmap:" + new URL(SCOPE).pathname + ":";
const CACHE = PREFIX + VERSION;
const INDEX = new URL("index.html", SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));
// Routes without a prerendered page (/landscape, /plan, unknown paths) get the app's frame
// with an empty main (404.html), not the trail.
const SHELL = PRECACHED.has(new URL("404.html", SCOPE).href) ? new URL("404.html", SCOPE).href : INDEX;
const LAZY_CACHE = PREFIX + "lazy";
const LAZY_URLS = new Set(LAZY.map((path) => new URL(path, SCOPE).href));
const DATA_URLS = new Set(DATA.map((path) => new URL(path, SCOPE).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Content-hashed files may come from the HTTP cache (the page has just downloaded them;
      // their bytes cannot be stale): "reload" for them made every first visit download the
      // whole app twice. Unhashed files (index.html, manifest, icons) still bypass it.
      cache.addAll([...PRECACHED].map((href) =>
        new Request(href, { cache: /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(href) ? "default" : "reload" })))
        .then(() => installData(cache, !!self.registration.active))
    )
  );
});

// First install: only what the browser already has (the page's language), never a download
// the first visit would wait on. Update: both languages, or no update.
async function installData(cache, update) {
  for (const href of DATA_URLS) {
    if (update) {
      const res = await fetch(href);
      if (!res.ok) throw new Error("data file " + href + ": HTTP " + res.status);
      await cache.put(href, res);
      continue;
    }
    try {
      const res = await fetch(href, { cache: "only-if-cached", mode: "same-origin" });
      if (res.ok) await cache.put(href, res);
    } catch (_) {
      // Not in the HTTP cache: fetched in the background once active.
    }
  }
}

// In the background, after activation (not in waitUntil: the page's requests would wait).
async function fetchMissingData() {
  const cache = await caches.open(CACHE);
  for (const href of DATA_URLS) {
    if (await cache.match(href)) continue;
    try {
      const res = await fetch(href);
      if (res.ok) await cache.put(href, res);
    } catch (_) {
      // Offline: the app fetches it when the reader switches.
    }
  }
}

function dataFetch(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((res) => {
      if (res.ok) cache.put(request, res.clone());
      return res;
    })));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== LAZY_CACHE).map((k) => caches.delete(k))))
      .then(() => keepLazy())
      .then(() => self.clients.claim())
      .then(() => {
        fetchMissingData();
      })
  );
});

// Drop lazy files of other builds; keep this build's if the browser already has them (a
// landscape opened before this worker took control is then still there offline). The lazy
// cache is only created once there is something to keep.
async function keepLazy() {
  const cache = (await caches.has(LAZY_CACHE)) ? await caches.open(LAZY_CACHE) : null;
  if (cache) {
    for (const r of await cache.keys()) if (!LAZY_URLS.has(r.url)) await cache.delete(r);
  }
  for (const href of LAZY_URLS) {
    if (cache && (await cache.match(href))) continue;
    try {
      const res = await fetch(href, { cache: "only-if-cached", mode: "same-origin" });
      if (res.ok) await (await caches.open(LAZY_CACHE)).put(href, res);
    } catch (_) {
      // Not in the HTTP cache: the landscape view will fetch it when it opens.
    }
  }
}

function lazyFetch(request) {
  return caches.open(LAZY_CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((res) => {
      if (res.ok) cache.put(request, res.clone());
      return res;
    })));
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    // A prerendered route is its page (`/` → index.html, `/project/x` → project/x.html);
    // every other app route is the shell (the router reads the URL); a build file opened
    // directly (the manifest, an icon) is itself.
    const url = new URL(request.url);
    url.search = "";
    url.hash = "";
    const key = url.href === SCOPE ? INDEX
      : PRECACHED.has(url.href) ? url.href
      : PRECACHED.has(url.href + ".html") ? url.href + ".html"
      : SHELL;
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request))
    );
    return;
  }
  if (DATA_URLS.has(request.url.split("?")[0])) {
    event.respondWith(dataFetch(request));
    return;
  }
  if (LAZY_URLS.has(request.url.split("?")[0])) {
    event.respondWith(lazyFetch(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))
    )
  );
});
