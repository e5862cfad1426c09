// SPDX-License-Identifier: EUPL-1.2
import { offlineKept, keepOffline, forgetOffline } from './offline.js';

// What every page of the site shares: its texts in Dutch and English (texts.json), the quick exit,
// moving to another page of the site without a history entry, and forgetting everything.

export let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
let T = {};
const redrawers = [];

// A child of 12 to 17 reads texts written for them ("je"), where texts.json has an "ID@child" text.
export let reader = 'adult';
export const t = (id) => (reader === 'child' && T[`${id}@child`]?.[lang]) || T[id]?.[lang] || id;

/** Who reads the page: 'child' or 'adult'; the texts follow at once. */
export function setReader(next) {
  if (next === reader) return;
  reader = next;
  applyTexts();
}
/** A {nl, en} message from helder in the page's language. */
export const m = (msg) => (msg ? msg[lang] ?? msg.nl : '');

export async function loadTexts() {
  try {
    T = (await (await fetch('texts.json')).json()).texts;
  } catch { T = {}; }
}

/** Runs `redraw` after the texts of the fixed elements change language. */
export function onLanguage(redraw) { redrawers.push(redraw); }

export function applyTexts() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('[data-t-aria-label]')) node.setAttribute('aria-label', t(node.dataset.tAriaLabel));
  document.querySelector('#lang')?.setAttribute('lang', lang === 'nl' ? 'en' : 'nl');
  for (const redraw of redrawers) redraw();
}

// Leaving quickly: replace this page in the tab's history with a neutral page of the same site.
function quickExit() { location.replace('neutral.html'); }

/** A page of this site (a link with data-page) in the same language, in place of this one. */
function goTo(href) {
  const url = new URL(href, location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  location.replace(url);
}

/**
 * Wires what every page has: Escape and #exit leave, #lang switches the language, links with
 * data-page go to another page without a history entry, and #forget removes what the browser
 * kept (storage, caches, service workers) before `reset` empties the page.
 */
export function setUpPage({ reset }) {
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); quickExit(); } });
  document.querySelector('#exit').addEventListener('click', quickExit);
  document.querySelector('#lang').addEventListener('click', () => { lang = lang === 'nl' ? 'en' : 'nl'; applyTexts(); });
  for (const a of document.querySelectorAll('a[data-page]')) {
    a.addEventListener('click', (e) => {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      goTo(a.getAttribute('href'));
    });
  }
  document.querySelector('#forget').addEventListener('click', async () => {
    try { localStorage.clear(); } catch { /* storage may be blocked */ }
    try { sessionStorage.clear(); } catch { /* idem */ }
    await forgetOffline();
    showOffline(false);
    reset();
    document.querySelector('#status').textContent = t('forget_done');
  });
  // Offline use only when asked for: the button keeps the site in this browser (js/offline.js).
  const offline = document.querySelector('#offline');
  if (offline) {
    offline.addEventListener('click', async () => {
      try {
        await keepOffline();
        showOffline(true);
        document.querySelector('#status').textContent = t('offline_done');
      } catch {
        document.querySelector('#status').textContent = t('offline_failed');
      }
    });
    offlineKept().then(showOffline);
  }
}

function showOffline(kept) {
  const offline = document.querySelector('#offline');
  if (!offline) return;
  offline.hidden = kept;
  document.querySelector('#offline-hint').hidden = kept;
  document.querySelector('#offline-on').hidden = !kept;
}
