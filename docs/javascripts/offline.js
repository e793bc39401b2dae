// @ts-check
// Leefloonwijzer: "Bewaar voor offline gebruik" and "Verwijder offline kopie".
//
// Loaded on every page (extra_javascript, type=module). It registers the service worker
// (sw.js in the site root, written by scripts/sitegen/offline.py) ONLY when someone presses
// the button; without that, nothing is registered and nothing is stored. After opting in,
// the worker keeps one copy of this build of the site in Cache Storage (the pages, Python
// and the rules), so the site and the test work without internet.
//
// On a page with the button block (<!-- lw:offline-knop -->): show the block if this browser
// can keep an offline copy here (a service worker needs https or the computer itself), say
// whether a copy is kept, and handle both buttons.
// On every page that the worker controls: when a newer build took over, say "Er is een
// nieuwe versie — herlaad de pagina" with a button that reloads.
//
// Privacy: no cookies, no localStorage/sessionStorage/IndexedDB. Cache Storage is touched
// only after someone opted in (or to remove the copy); answers are never stored.

const ROOT = new URL("../", import.meta.url);
const SW_URL = new URL("sw.js", ROOT).href;
const PREFIX = "leefloonwijzer-";

const supported = "serviceWorker" in navigator && "caches" in window && window.isSecureContext;

/** Whether a worker controlled this page, so a change of worker is a new build. */
let controlled = supported && !!navigator.serviceWorker.controller;
/** Set while this page opts in: that change of worker is no "new version". */
let optingIn = false;

/** @param {ServiceWorkerRegistration} reg */
function isOurs(reg) {
  const worker = reg.active || reg.waiting || reg.installing;
  return reg.scope === ROOT.href && !!worker && worker.scriptURL.split("?")[0] === SW_URL;
}

/** @returns {Promise<ServiceWorkerRegistration|null>} */
async function ourRegistration() {
  const reg = await navigator.serviceWorker.getRegistration(ROOT.href);
  return reg && isOurs(reg) ? reg : null;
}

/**
 * Until the registration's newest worker is activated; rejects if it fails to install.
 * @param {ServiceWorkerRegistration} reg
 * @returns {Promise<void>}
 */
function activated(reg) {
  const worker = reg.installing || reg.waiting || reg.active;
  if (!worker) return Promise.reject(new Error("geen service worker"));
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === "activated") resolve();
      else if (worker.state === "redundant") reject(new Error("installeren mislukt"));
    };
    worker.addEventListener("statechange", check);
    check();
  });
}

/** Until this page is controlled by a worker (at most `ms`). */
function controlledSoon(ms = 5000) {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve(undefined);
    navigator.serviceWorker.addEventListener("controllerchange", done, { once: true });
    setTimeout(done, ms);
  });
}

// -- The button block ---------------------------------------------------------------------

/**
 * @param {HTMLElement} panel
 * @param {string} text
 * @param {boolean} stored
 * @param {boolean} busy
 */
function show(panel, text, stored, busy = false) {
  const status = /** @type {HTMLElement} */ (panel.querySelector("[data-lw-offline-status]"));
  const save = /** @type {HTMLButtonElement} */ (panel.querySelector("[data-lw-offline-bewaar]"));
  const remove = /** @type {HTMLButtonElement} */ (panel.querySelector("[data-lw-offline-verwijder]"));
  // Focus stays on a button while it works (aria-disabled, not disabled), and moves to the
  // other button when the pressed one goes away.
  const hadFocus = document.activeElement === save || document.activeElement === remove;
  status.textContent = text;
  panel.dataset.lwOfflineStaat = busy ? "bezig" : stored ? "bewaard" : "niet-bewaard";
  save.hidden = stored;
  remove.hidden = !stored;
  for (const b of [save, remove]) b.setAttribute("aria-disabled", busy ? "true" : "false");
  panel.setAttribute("aria-busy", busy ? "true" : "false");
  if (hadFocus) (stored ? remove : save).focus();
}

/** @param {HTMLElement} panel */
const isBusy = (panel) => panel.getAttribute("aria-busy") === "true";

/** @param {HTMLElement} panel */
function size(panel) {
  const mb = Number(panel.dataset.lwOfflineMb);
  return Number.isFinite(mb) && mb > 0 ? ` Bewaren haalt ongeveer ${mb} MB binnen.` : "";
}

/** @param {HTMLElement} panel */
async function refresh(panel) {
  const reg = await ourRegistration();
  if (reg && reg.active) {
    show(panel, "Deze site staat offline op dit toestel. De pagina's en de test werken ook zonder internet.", true);
  } else {
    show(panel, `Deze site staat nog niet offline op dit toestel.${size(panel)}`, false);
  }
}

/** @param {HTMLElement} panel */
async function save(panel) {
  show(panel, "Bezig met bewaren… Laat deze pagina open. Dit kan een paar minuten duren.", false, true);
  optingIn = true;
  /** @type {ServiceWorkerRegistration|null} */
  let reg = null;
  try {
    reg = await navigator.serviceWorker.register(SW_URL, { scope: ROOT.href, updateViaCache: "none" });
    await activated(reg);
    await controlledSoon();
    controlled = true;
    show(panel, "Klaar: deze site staat nu offline op dit toestel. De pagina's en de test werken ook zonder internet.", true);
  } catch {
    if (reg && !reg.active) await reg.unregister().catch(() => false);
    show(panel, "Bewaren lukte niet. Probeer het opnieuw als je een goede verbinding hebt.", false);
  } finally {
    optingIn = false;
  }
}

/** @param {HTMLElement} panel */
async function remove(panel) {
  show(panel, "Bezig met verwijderen…", true, true);
  try {
    for (const reg of await navigator.serviceWorker.getRegistrations()) {
      if (isOurs(reg)) await reg.unregister();
    }
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX)) await caches.delete(key);
    }
    show(panel, "De offline kopie is verwijderd. Er staat niets meer van deze site op dit toestel.", false);
  } catch {
    show(panel, "Verwijderen lukte niet. Probeer het opnieuw, of wis de gegevens van deze site in je browser.", true);
  }
}

function bindPanel() {
  const panel = /** @type {HTMLElement|null} */ (document.querySelector("[data-lw-offline]"));
  if (!panel || panel.dataset.lwBound) return;
  panel.dataset.lwBound = "1";
  panel.hidden = false;
  if (!supported) {
    const status = /** @type {HTMLElement} */ (panel.querySelector("[data-lw-offline-status]"));
    status.textContent =
      "Op dit adres kan je browser de site niet offline bewaren. Dat kan alleen op een https-adres, of op de computer die de site zelf toont.";
    for (const b of panel.querySelectorAll("button")) /** @type {HTMLButtonElement} */ (b).hidden = true;
    return;
  }
  const saveButton = /** @type {HTMLButtonElement} */ (panel.querySelector("[data-lw-offline-bewaar]"));
  const removeButton = /** @type {HTMLButtonElement} */ (panel.querySelector("[data-lw-offline-verwijder]"));
  saveButton.addEventListener("click", () => {
    if (!isBusy(panel)) void save(panel);
  });
  removeButton.addEventListener("click", () => {
    if (!isBusy(panel)) void remove(panel);
  });
  refresh(panel).catch(() => show(panel, `Deze site staat nog niet offline op dit toestel.${size(panel)}`, false));
}

// -- A newer build -------------------------------------------------------------------------

/**
 * @param {string} text
 * @param {string} className
 */
function button(text, className) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = text;
  return b;
}

/**
 * "Er is een nieuwe versie — herlaad de pagina", fixed at the bottom of the window (the
 * page keeps room for it below the focused element: html.lw-met-melding), with a button
 * that reloads and one that closes the notice.
 */
function newVersion() {
  if (document.getElementById("lw-nieuwe-versie")) return;
  const box = document.createElement("div");
  box.id = "lw-nieuwe-versie";
  box.className = "lw-nieuwe-versie";
  box.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = "Er is een nieuwe versie — herlaad de pagina.";
  const reload = button("Herlaad de pagina", "md-button md-button--primary");
  reload.addEventListener("click", () => location.reload());
  const close = button("Later", "md-button");
  close.addEventListener("click", () => {
    box.remove();
    document.documentElement.classList.remove("lw-met-melding");
  });
  text.append(" ", reload, " ", close);
  box.append(text);
  document.body.append(box);
  document.documentElement.classList.add("lw-met-melding");
}

if (supported) {
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controlled && !optingIn) newVersion();
    controlled = true;
  });
}

const UPDATE_EVERY_MS = 60_000;
let lastUpdate = 0;

/**
 * Opted in before: ask whether a newer build is there. The browser checks by itself when a
 * page loads; this also covers pages reached by instant navigation (at most once a minute).
 * Offline, it fails quietly.
 */
function checkForUpdate() {
  if (!supported || !navigator.serviceWorker.controller) return;
  const now = Date.now();
  if (now - lastUpdate < UPDATE_EVERY_MS) return;
  lastUpdate = now;
  ourRegistration()
    .then((reg) => reg && reg.update())
    .catch(() => undefined);
}

function onDocument() {
  bindPanel();
  checkForUpdate();
}

function wire() {
  const doc$ = /** @type {any} */ (window).document$;
  if (doc$ && typeof doc$.subscribe === "function") doc$.subscribe(onDocument);
  else onDocument();
}

// Material's bundle (a classic script at the end of <body>) has run by DOMContentLoaded.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
else wire();
