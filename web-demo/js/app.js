// SPDX-License-Identifier: EUPL-1.2
// The page: views switch in place (no history entries), texts in Dutch and English from texts.json,
// and every answer about the procedure from helder's npm package in vendor/helder/.
import { el, clear } from './dom.js';
import { makeIcs, download } from './ics.js';
import { Terms } from './terms.js';
import { SITUATIONS, DATED, CHILD_READERS, isoDate, localToday, compute, parties } from './rights.js';
import { lang, reader, t, m, loadTexts, applyTexts, onLanguage, setReader, setUpPage } from './page.js';
import { setupLetters } from './letters.js';
import { helderReady } from './helder-start.js';
import { routePicture } from './route-picture.js';

const $ = (sel) => document.querySelector(sel);
let helder = null;
let partyList = null;
let result = null;
let view = 'questions';

// Dutch texts with their terms explained on focus (js/terms.js).
let terms = null;
const md = (msg) => (lang === 'nl' && terms ? terms.mark(m(msg), reader) : m(msg));

function formatDate(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB',
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

onLanguage(() => { renderParties(); if (result) renderResult(); letters.render(); });

function show(name, { focus = true } = {}) {
  view = name;
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== `view-${name}`;
  for (const b of document.querySelectorAll('.menu [data-view]')) {
    if (b.dataset.view === name || (name === 'result' && b.dataset.view === 'questions')) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
  }
  if (name === 'licences') loadLicences();
  if (name === 'letters') letters.open();
  if (focus) $(`#view-${name} h1`).focus();
  window.scrollTo(0, 0);
}
for (const b of document.querySelectorAll('[data-view]')) b.addEventListener('click', () => show(b.dataset.view));
$('#change').addEventListener('click', () => show('questions'));
$('#print').addEventListener('click', () => window.print());

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

function chooseReader() {
  const party = document.querySelector('input[name="party"]:checked')?.value;
  setReader(CHILD_READERS.has(party) ? 'child' : 'adult');
}
$('#who-options').addEventListener('change', chooseReader);

function renderParties() {
  const box = $('#who-options');
  if (!partyList) return;
  const chosen = document.querySelector('input[name="party"]:checked')?.value;
  clear(box);
  for (const p of partyList) {
    // The choice as state, not as the default: "forget everything" resets the form to no choice.
    const input = el('input', { type: 'radio', name: 'party', id: `p-${p.party}`, value: p.party });
    input.checked = p.party === chosen;
    box.append(el('div', { class: 'option' }, input, el('label', { for: `p-${p.party}`, text: m(p.title) })));
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
    const target = e.target ?? ({ err_who: 'who', err_aanwijzing: 's-ots', err_uhp: 's-ots' }[e.code] ?? 's-spoed');
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
    el('p', { class: 'detail' }, el('b', {}, t('r_decides')), ' ', md(stage.decides)),
    el('p', { class: 'detail' }, el('b', {}, t('r_next')), ' ', md(stage.next)),
  ];
}

function renderDeadline(d) {
  const card = el('div', { class: 'card deadline' }, el('h3', {}, t(d.title)));
  if (d.note) card.append(el('p', { class: 'unsure' }, t(d.note)));
  const x = d.deadline;
  if (!x) { card.append(el('p', {}, t('r_no_date'))); return card; }
  // Whose day it is (helder's day_of): the family's last day to act, a measure's end, or a day of the court or an organisation.
  const dayLabel = { family: 'r_last_day', measure: 'r_end_day' }[x.day_of] || 'r_other_day';
  card.append(el('p', { class: 'due' }, `${t(dayLabel)} `, el('strong', { 'data-due': x.due }, formatDate(x.due))));
  if (x.day_of !== 'family') card.append(el('p', { class: 'whose-day', 'data-day-of': x.day_of }, t(`r_day_of_${x.day_of}`)));
  if (x.days_left > 0) card.append(el('p', { class: 'left' }, t('r_days_left').replace('{n}', x.days_left)));
  else if (x.days_left === 0) card.append(el('p', { class: 'left' }, t('r_today')));
  else card.append(el('p', { class: 'past' }, t('r_past')));
  if (x.date_label !== 'VERIFIED') card.append(el('p', { class: 'unsure', 'data-unsure': '' }, t('r_unsure')));
  const warnings = x.warnings.filter((w) => w.id !== 'check_with_lawyer');
  if (warnings.length) card.append(el('ul', { class: 'plain' }, warnings.map((w) => el('li', {}, md(w)))));
  card.append(el('p', { class: 'basis' }, `${t('r_basis')} ${x.basis}`),
    el('details', {}, el('summary', {}, t('r_how')), el('ol', {}, x.steps.map((s) => el('li', {}, m(s))))));
  return card;
}

function renderResult() {
  const r = result;
  const box = $('#result');
  clear(box);
  terms?.reset();
  box.append(el('p', { class: 'print-only' }, t('r_printed').replace('{date}', formatDate(r.today))));
  box.append(el('p', { class: 'you' }, el('b', {}, t('r_you')), ' ', m(r.party.title)));
  if (r.party.party === 'child_under_12') box.append(el('p', { class: 'note', id: 'for-child' }, t('r_for_young_child')));
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
    box.append(el('h2', { class: 'can-next' }, t('r_can_next')),
      el('ul', { class: 'plain' }, r.next.map((n) => el('li', { 'data-to': n.to.id }, md(n.text), ' ',
        el('span', { class: 'note' }, `(${t('r_decides')} ${m(n.to.decides)})`)))));
  }
  // The same route as a picture, after the lists (they stay the content): js/route-picture.js.
  box.append(routePicture({
    stages: r.route.map((s) => ({ id: s.id, title: m(s.title) })),
    next: r.next.map((n) => ({ to: n.to.id, title: m(n.to.title), text: m(n.text) })),
    words: { now: t('r_now'), next: t('r_picture_next') },
  }));

  box.append(el('h2', { id: 'h-deadlines' }, t('r_deadlines')));
  if (!r.deadlines.length) box.append(el('p', {}, t('r_no_deadlines')));
  else box.append(el('div', { class: 'deadlines' }, r.deadlines.map(renderDeadline)));
  const dated = r.deadlines.filter((d) => d.deadline);
  if (dated.length) {
    const cal = el('button', { type: 'button', class: 'secondary', id: 'calendar', 'aria-describedby': 'calendar-note' }, t('r_calendar'));
    cal.addEventListener('click', () => {
      const events = dated.map((d) => ({
        date: d.deadline.due,
        summary: `${t(d.deadline.day_of === 'family' ? 'ics_summary_prefix' : 'ics_summary_prefix_other')}: ${t(d.title)}`,
        description: [...(d.deadline.day_of !== 'family' ? [t(`r_day_of_${d.deadline.day_of}`)] : []), ...d.deadline.steps.map(m), `${t('r_basis')} ${d.deadline.basis}`,
                      ...(d.deadline.date_label !== 'VERIFIED' ? [t('r_unsure')] : [])].join('\n'),
      }));
      download(lang === 'nl' ? 'termijnen.ics' : 'deadlines.ics', makeIcs(events));
    });
    box.append(el('p', {}, cal), el('p', { id: 'calendar-note', class: 'note' }, t('r_calendar_note')));
  }

  // A right that is also a helper (the vertrouwenspersoon, the cliëntondersteuner) is told once, under the helpers.
  const told = new Set(r.helpers.map((x) => m(x.text)));
  box.append(el('h2', {}, t('r_rights')), el('ul', { class: 'plain', id: 'rights' },
    r.rights.filter((x) => !told.has(m(x.text))).map((x) => el('li', { 'data-right': x.id }, md(x.text)))));
  box.append(el('h2', {}, t('r_helpers')), el('ul', { class: 'plain', id: 'helpers' }, r.helpers.map((x) =>
    el('li', { 'data-helper': x.id }, el('b', {}, m(x.name)), ': ', md(x.text)))));
  box.append(el('p', { class: 'note' }, t('r_helpers_note')));
  if (r.note) box.append(el('p', { class: 'note' }, m(r.note)));
}

let licencesLoaded = false;
async function loadLicences() {
  if (licencesLoaded) return;
  licencesLoaded = true;
  const text = async (path) => { const res = await fetch(path); return res.ok ? res.text() : ''; };
  $('#lic-helder').textContent = await text('vendor/helder/LICENSE');
  $('#lic-package').textContent = await text('vendor/helder/LICENSES.md');
  $('#lic-dict').textContent = await text('vendor/helder/dict/COPYRIGHT-hunspell-nl.txt');
}

// Forget everything (page.js removes what the browser kept); then the page starts empty.
setUpPage({ reset: () => {
  $('#questions').reset();
  for (const key of DATED) $(`#s-${key}`).dispatchEvent(new Event('change'));
  for (const i of document.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  showErrors([]);
  result = null;
  clear($('#result'));
  letters.reset();
  setReader('adult');
  show('questions');
} });

// Brieven (js/letters.js) drafts letters for the situation given here: who the person is, and the
// dates they filled in (a date that is not right is left out).
function situation() {
  const party = document.querySelector('input[name="party"]:checked')?.value ?? null;
  const dates = {};
  for (const key of DATED) {
    try { dates[key] = $(`#s-${key}`).checked ? isoDate(...['day', 'month', 'year'].map((n) => $(`#${key}-${n}`).value)) : null; }
    catch { dates[key] = null; }
  }
  return { party, title: partyList?.find((p) => p.party === party)?.title ?? null, dates };
}
const letters = setupLetters({ root: $('#letters'), t, lang: () => lang, helder: () => ready, situation, toQuestions: () => show('questions') });

const ready = (async () => {
  await loadTexts();
  buildDateFields();
  applyTexts();
  show(new URLSearchParams(location.search).get('view') === 'licences' ? 'licences' : 'questions', { focus: false });
  try {
    const h = await helderReady;
    partyList = parties(h);
    terms = new Terms(h);
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
