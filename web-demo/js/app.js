// The page: views switch in place (no history entries), texts in Dutch and English from texts.json,
// and every answer about the procedure from helder's npm package in vendor/helder/.
import { el, clear } from './dom.js';
import { makeIcs, download } from './ics.js';
import { SITUATIONS, DATED, isoDate, localToday, compute, parties } from './rights.js';
import { helderReady } from './helder-start.js';

const $ = (sel) => document.querySelector(sel);
let T = {};
let lang = 'nl';
let helder = null;
let partyList = null;
let result = null;
let view = 'questions';

const t = (id) => T[id]?.[lang] ?? id;
const m = (msg) => (msg ? msg[lang] ?? msg.nl : '');

// Leaving quickly: replace this page in the tab's history with a neutral page of the same site.
function quickExit() { location.replace('neutral.html'); }
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); quickExit(); } });
$('#exit').addEventListener('click', quickExit);

function formatDate(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB',
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

function applyTexts() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('[data-t-aria-label]')) node.setAttribute('aria-label', t(node.dataset.tAriaLabel));
  $('#lang').setAttribute('lang', lang === 'nl' ? 'en' : 'nl');
  renderParties();
  if (result) renderResult();
}

function show(name, { focus = true } = {}) {
  view = name;
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== `view-${name}`;
  for (const b of document.querySelectorAll('.menu [data-view]')) {
    if (b.dataset.view === name || (name === 'result' && b.dataset.view === 'questions')) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (name === 'licences') loadLicences();
  if (focus) $(`#view-${name} h1`).focus();
  window.scrollTo(0, 0);
}
for (const b of document.querySelectorAll('[data-view]')) b.addEventListener('click', () => show(b.dataset.view));
$('#change').addEventListener('click', () => show('questions'));

$('#lang').addEventListener('click', () => { lang = lang === 'nl' ? 'en' : 'nl'; applyTexts(); });

// Date fields: day, month and year as separate boxes (they work the same on every phone and keyboard).
function buildDateFields() {
  for (const box of document.querySelectorAll('.date[data-date]')) {
    const key = box.dataset.date;
    const part = (name, cls, max) => el('div', { class: 'part' },
      el('label', { for: `${key}-${name}`, 'data-t': name }),
      el('input', { id: `${key}-${name}`, class: cls, type: 'text', inputmode: 'numeric', autocomplete: 'off',
                    maxlength: max, 'aria-describedby': `${key}-hint` }));
    box.append(el('fieldset', {},
      el('legend', { 'data-t': `date_${key}` }),
      el('p', { id: `${key}-hint`, class: 'hint', 'data-t': 'date_hint' }),
      el('div', { class: 'parts' }, part('day', 'dd', 2), part('month', 'mm', 2), part('year', 'yyyy', 4))));
  }
  for (const key of DATED) {
    const box = $(`#d-${key}`);
    const check = $(`#s-${key}`);
    const sync = () => { box.hidden = !check.checked; check.setAttribute('aria-expanded', String(check.checked)); };
    check.addEventListener('change', sync);
    sync();
  }
}

function renderParties() {
  const box = $('#who-options');
  if (!partyList) return;
  const chosen = document.querySelector('input[name="party"]:checked')?.value;
  clear(box);
  for (const p of partyList) {
    box.append(el('div', { class: 'option' },
      el('input', { type: 'radio', name: 'party', id: `p-${p.party}`, value: p.party, checked: p.party === chosen }),
      el('label', { for: `p-${p.party}`, text: m(p.title) })));
  }
  $('#who-loading').hidden = true;
}

function readAnswers() {
  const errors = [];
  const situations = new Set(SITUATIONS.filter((s) => $(`#s-${s}`).checked));
  const dates = {};
  for (const key of DATED) {
    const f = ['day', 'month', 'year'].map((n) => $(`#${key}-${n}`));
    f.forEach((i) => i.removeAttribute('aria-invalid'));
    if (!situations.has(key)) { dates[key] = null; continue; }
    try { dates[key] = isoDate(...f.map((i) => i.value)); } catch {
      dates[key] = null;
      f.forEach((i) => i.setAttribute('aria-invalid', 'true'));
      errors.push({ code: 'err_date', target: `${key}-day`, label: `date_${key}` });
    }
  }
  const party = document.querySelector('input[name="party"]:checked')?.value ?? null;
  return { answers: { party, situations, dates }, errors };
}

function showErrors(errors) {
  const box = $('#errors');
  const list = $('#error-list');
  clear(list);
  for (const e of errors) {
    const target = e.target ?? (e.code === 'err_who' ? 'who' : e.code === 'err_aanwijzing' ? 's-ots' : 's-spoed');
    const link = el('a', { href: `#${target}` }, e.label ? `${t(e.label)}: ${t(e.code)}` : t(e.code));
    link.addEventListener('click', (ev) => { ev.preventDefault(); const n = document.getElementById(target); (n.querySelector?.('input') ?? n).focus(); });
    list.append(el('li', {}, link));
  }
  box.hidden = errors.length === 0;
  if (errors.length) box.focus();
}

$('#questions').addEventListener('submit', async (e) => {
  e.preventDefault();
  const { answers, errors } = readAnswers();
  if (!answers.party) errors.unshift({ code: 'err_who' });
  if (errors.length) { showErrors(errors); return; }
  const h = await ready;
  if (!h) return;
  const r = compute(h, answers, localToday());
  if (r.errors) { showErrors(r.errors.map((code) => ({ code }))); return; }
  showErrors([]);
  result = r;
  renderResult();
  show('result');
});

function stageDetails(stage) {
  return [
    el('p', { class: 'detail' }, el('b', {}, t('r_decides')), ' ', m(stage.decides)),
    el('p', { class: 'detail' }, el('b', {}, t('r_next')), ' ', m(stage.next)),
  ];
}

function renderDeadline(d) {
  const card = el('div', { class: 'card deadline' }, el('h3', {}, t(d.title)));
  if (d.note) card.append(el('p', { class: 'unsure' }, t(d.note)));
  const x = d.deadline;
  if (!x) { card.append(el('p', {}, t('r_no_date'))); return card; }
  const duration = x.atw_applies === false && (x.kind === 'ots' || x.kind === 'voorlopige-ots' || x.kind === 'muhp');
  card.append(el('p', { class: 'due' }, `${t(duration ? 'r_end_day' : 'r_last_day')} `, el('strong', { 'data-due': x.due }, formatDate(x.due))));
  if (x.days_left > 0) card.append(el('p', { class: 'left' }, t('r_days_left').replace('{n}', x.days_left)));
  else if (x.days_left === 0) card.append(el('p', { class: 'left' }, t('r_today')));
  else card.append(el('p', { class: 'past' }, t('r_past')));
  if (x.date_label !== 'VERIFIED') card.append(el('p', { class: 'unsure', 'data-unsure': '' }, t('r_unsure')));
  const warnings = x.warnings.filter((w) => w.id !== 'check_with_lawyer');
  if (warnings.length) card.append(el('ul', { class: 'plain' }, warnings.map((w) => el('li', {}, m(w)))));
  card.append(el('details', {}, el('summary', {}, t('r_how')),
    el('ol', {}, x.steps.map((s) => el('li', {}, m(s)))),
    el('p', { class: 'basis' }, `${t('r_basis')} ${x.basis}`)));
  return card;
}

function renderResult() {
  const r = result;
  const box = $('#result');
  clear(box);
  box.append(el('p', { class: 'you' }, el('b', {}, t('r_you')), ' ', m(r.party.title)));
  if (r.refusal) {
    box.append(el('div', { class: 'unsure', role: 'note' }, el('p', {}, t('r_refused')),
      el('ul', {}, r.refusal.reasons.map((x) => el('li', {}, m(x))))));
  }

  box.append(el('h2', { id: 'h-route' }, t('r_route')), el('p', {}, t('r_route_intro')));
  const ol = el('ol', { class: 'route', 'aria-labelledby': 'h-route' });
  r.route.forEach((s, i) => {
    const last = i === r.route.length - 1;
    const li = el('li', { 'aria-current': last ? 'step' : null, 'data-stage': s.id },
      el('span', { class: 'stage-title' }, m(s.title)), last ? el('span', { class: 'here' }, t('r_now')) : null);
    if (last) li.append(...stageDetails(s));
    ol.append(li);
  });
  box.append(ol);
  for (const s of r.other) {
    box.append(el('div', { class: 'card', 'data-stage': s.id }, el('h3', {}, `${t('r_also')}: ${m(s.title)}`), ...stageDetails(s)));
  }
  if (r.next.length) {
    box.append(el('h2', {}, t('r_can_next')),
      el('ul', { class: 'plain' }, r.next.map((n) => el('li', {}, m(n.text), ' ',
        el('span', { class: 'note' }, `(${t('r_decides')} ${m(n.to.decides)})`)))));
  }

  box.append(el('h2', { id: 'h-deadlines' }, t('r_deadlines')));
  if (!r.deadlines.length) box.append(el('p', {}, t('r_no_deadlines')));
  for (const d of r.deadlines) box.append(renderDeadline(d));
  const dated = r.deadlines.filter((d) => d.deadline);
  if (dated.length) {
    const cal = el('button', { type: 'button', class: 'secondary', id: 'calendar', 'aria-describedby': 'calendar-note' }, t('r_calendar'));
    cal.addEventListener('click', () => {
      const events = dated.map((d) => ({
        date: d.deadline.due, summary: `${t('ics_summary_prefix')}: ${t(d.title)}`,
        description: [...d.deadline.steps.map(m), `${t('r_basis')} ${d.deadline.basis}`,
                      ...(d.deadline.date_label !== 'VERIFIED' ? [t('r_unsure')] : [])].join('\n'),
      }));
      download(lang === 'nl' ? 'termijnen.ics' : 'deadlines.ics', makeIcs(events));
    });
    box.append(el('p', {}, cal), el('p', { id: 'calendar-note', class: 'note' }, t('r_calendar_note')));
  }

  box.append(el('h2', {}, t('r_rights')), el('ul', { class: 'plain', id: 'rights' }, r.rights.map((x) => el('li', { 'data-right': x.id }, m(x.text)))));
  box.append(el('h2', {}, t('r_helpers')), el('ul', { class: 'plain', id: 'helpers' }, r.helpers.map((x) =>
    el('li', { 'data-helper': x.id }, el('b', {}, m(x.name)), ': ', m(x.text)))));
  box.append(el('p', { class: 'note' }, t('r_helpers_note')));
  if (r.note) box.append(el('p', { class: 'note' }, m(r.note)));
}

let licencesLoaded = false;
async function loadLicences() {
  if (licencesLoaded) return;
  licencesLoaded = true;
  const text = async (path) => { const res = await fetch(path); return res.ok ? res.text() : ''; };
  $('#lic-package').textContent = await text('vendor/helder/LICENSES.md');
  $('#lic-dict').textContent = (await text('vendor/helder/dict/COPYRIGHT-hunspell-nl.txt')) ||
    'dict/nl.aff, dict/nl.dic: OpenTaal (Debian package hunspell-nl), BSD-3-Clause or CC BY 3.0.';
}

// Forget everything: storage, caches and any service worker; then the page starts empty.
$('#forget').addEventListener('click', async () => {
  try { localStorage.clear(); } catch { /* storage may be blocked */ }
  try { sessionStorage.clear(); } catch { /* idem */ }
  if ('caches' in window) { for (const k of await caches.keys()) await caches.delete(k); }
  if (navigator.serviceWorker) { for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister(); }
  $('#questions').reset();
  for (const key of DATED) $(`#s-${key}`).dispatchEvent(new Event('change'));
  for (const i of document.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  showErrors([]);
  result = null;
  clear($('#result'));
  show('questions');
  $('#status').textContent = t('forget_done');
});

const ready = (async () => {
  try {
    const res = await fetch('texts.json');
    T = (await res.json()).texts;
  } catch { T = {}; }
  buildDateFields();
  applyTexts();
  show('questions', { focus: false });
  try {
    const h = await helderReady;
    partyList = parties(h);
    renderParties();
    helder = h;
    document.body.dataset.ready = 'true';
    return h;
  } catch (err) {
    $('#status').textContent = t('load_failed');
    $('#who-loading').hidden = true;
    console.error(err);
    return null;
  }
})();
