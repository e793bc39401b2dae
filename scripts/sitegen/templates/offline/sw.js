// @ts-check
// Leefloonwijzer: the service worker of the offline copy, ONLY for visitors who asked for it.
//
// docs/javascripts/offline.js registers this worker when someone presses "Bewaar voor
// offline gebruik", never otherwise. The build (scripts/sitegen/offline.py) writes it into
// the site root as sw.js, so its scope covers every page, with BUILD filled in:
//   id        this build's id: a hash of every file below (path and content) and this code
//   cache     the ONE cache of this build: "leefloonwijzer-" + id
//   prefix    "leefloonwijzer-": every cache of this site starts with it
//   notFound  the page shown for an unknown address while offline
//   files     [url, integrity] for every file to keep, url relative to the site root
//
// install   fetch every file of this build, each checked against its integrity hash (so the
//           cache can only hold this build's bytes), into the build's cache; if one fails,
//           the cache is dropped and this worker is not installed. Then take over at once.
// activate  delete every older "leefloonwijzer-" cache, then control the open pages. A page
//           that had an older worker sees the change and says "Er is een nieuwe versie —
//           herlaad de pagina" (offline.js): old rules are never served silently.
// fetch     same-origin GET requests inside the scope: from this build's cache, else the
//           network (never stored). Requests to another origin are not touched; this site
//           makes none. Nothing else is stored: no answers, no cookies, no other storage.

/** @typedef {{id: string, cache: string, prefix: string, notFound: string, files: [string, string][]}} Build */
const BUILD = /** @type {Build|null} */ (/* lw:offline */ null);

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @param {string} url */
const inScope = (url) => new URL(url, sw.registration.scope).href;

const precache = async () => {
  if (!BUILD) throw new Error("sw.js zonder BUILD: bouw de site met mkdocs build");
  const build = BUILD;
  const cache = await caches.open(build.cache);
  try {
    await Promise.all(
      build.files.map(async ([url, integrity]) => {
        const request = new Request(inScope(url), {
          cache: "no-cache",
          credentials: "same-origin",
          integrity,
          redirect: "error",
        });
        const response = await fetch(request);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(request.url, response);
      }),
    );
  } catch (err) {
    await caches.delete(build.cache);
    throw err;
  }
};

sw.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => sw.skipWaiting()));
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      if (!BUILD) return;
      for (const key of await caches.keys()) {
        if (key.startsWith(BUILD.prefix) && key !== BUILD.cache) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

/** @param {Request} request */
const answer = async (request) => {
  // After "Verwijder offline kopie" this worker may still control an open page until it
  // navigates: it then answers from the network and does not create its cache again.
  if (BUILD && (await caches.has(BUILD.cache))) {
    const cache = await caches.open(BUILD.cache);
    // One cache holds one build, so the ?v= versions of the checker's modules agree.
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === "navigate") {
      try {
        return await fetch(request);
      } catch (err) {
        const notFound = await cache.match(inScope(BUILD.notFound));
        if (notFound) return notFound;
        throw err;
      }
    }
  }
  return fetch(request);
};

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.href.startsWith(sw.registration.scope)) return;
  if (url.href === sw.location.href.split("?")[0]) return; // this worker itself
  event.respondWith(answer(request));
});
