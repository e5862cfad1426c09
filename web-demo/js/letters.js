// SPDX-License-Identifier: EUPL-1.2
// "Brieven": letters a family member can send, drafted by helder (letters() and letter() of the npm
// package) for the person's own situation: who they are and the dates they gave in Mijn rechten.
// The Dutch letter can be changed, printed, or saved as a .txt file made in the browser; the
// English reading aid stands beside it. Nothing is sent anywhere and nothing is stored.
import { el, clear } from './dom.js';
import { download } from './ics.js';
import { isoDate, localToday } from './rights.js';

/** The request of helder_letter_draft from field values by name ("sender.name" → {sender: {name}}). */
export function letterRequest(letter, party, values) {
  const request = { letter, party };
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || String(value).trim() === '') continue;
    const [object, member] = name.split('.');
    if (member) (request[object] ??= {})[member] = value;
    else request[object] = value;
  }
  return request;
}

/**
 * Sets up the letters view in `root`. Hands: t(id) and lang() for the page's words, helder() (a
 * promise of the package, or null), situation() ({party, title, dates: {aanwijzing, …}} from Mijn
 * rechten) and toQuestions() to go there. Returns {open, render, reset}.
 */
export function setupLetters({ root, t, lang, helder, situation, toQuestions }) {
  const m = (msg) => (msg ? msg[lang()] ?? msg.nl : '');
  let h = null;
  let me = null;        // the situation when the view was opened
  let list = null;      // helder's letters for this party
  let chosen = null;    // the letter id
  let values = {};      // what the person typed, per field ("sender.name"; a date as {day, month, year})
  let invalid = new Set();
  let draft = null;     // helder's answer
  let edited = null;    // the Dutch letter as the person changed it
  let problem = null;   // a text id to show above the form

  const letter = () => list?.letters.find((l) => l.id === chosen) ?? null;

  function dateParts(iso) {
    if (!iso) return { day: '', month: '', year: '' };
    const [year, month, day] = iso.split('-');
    return { day: String(Number(day)), month: String(Number(month)), year };
  }

  // A person's own dates fill in the letter: the day the aanwijzing was sent, and today's date.
  function prefill() {
    values = { date: dateParts(localToday()) };
    if (me.dates.aanwijzing) values.directive_date = dateParts(me.dates.aanwijzing);
  }

  async function open() {
    h = await helder();
    if (!h) return;
    const now = situation();
    if (!me || now.party !== me.party || now.dates.aanwijzing !== me.dates.aanwijzing) {
      me = now;
      list = me.party ? h.letters({ party: me.party }) : null;
      chosen = null;
      draft = null;
      edited = null;
      problem = null;
      invalid = new Set();
      if (me.party) prefill();
    }
    render();
  }

  function reset() {
    me = list = chosen = draft = edited = problem = null;
    values = {};
    invalid = new Set();
    clear(root);
    delete root.dataset.party;
  }

  function render() {
    if (!h || !me) return;
    clear(root);
    root.dataset.party = me.party ?? '';  // whose letters are shown (tests wait for it)
    if (!me.party) {
      const go = el('button', { type: 'button', class: 'secondary', id: 'letters-to-questions' }, t('b_to_questions'));
      go.addEventListener('click', toQuestions);
      root.append(el('p', { id: 'letters-need-party' }, t('b_need_party')), el('p', {}, go));
      return;
    }
    root.append(el('p', { class: 'you' }, el('b', {}, t('r_you')), ' ', m(me.title)));
    renderChoice();
    if (letter()) renderForm();
    if (draft) renderDraft();
  }

  function renderChoice() {
    const offered = list.letters.filter((l) => l.offered);
    const options = el('div', { class: 'options' });
    for (const l of offered) {
      const id = `letter-${l.id}`;
      const input = el('input', { type: 'radio', name: 'letter', id, value: l.id, checked: l.id === chosen, 'aria-describedby': `${id}-purpose` });
      input.addEventListener('change', () => {
        chosen = l.id;
        draft = null;
        edited = null;
        problem = null;
        render();
        root.querySelector('#letter-form legend')?.scrollIntoView({ block: 'nearest' });
      });
      options.append(el('div', { class: 'option' }, input,
        el('div', { class: 'letter-option' }, el('label', { for: id, class: 'letter-title' }, m(l.title)),
          el('p', { class: 'hint', id: `${id}-purpose` }, m(l.purpose)))));
    }
    root.append(el('fieldset', { id: 'letter-choice' }, el('legend', {}, t('b_choose')), options));
    const others = list.letters.filter((l) => !l.offered);
    if (others.length) {
      root.append(el('details', { class: 'not-for-you' }, el('summary', {}, t('b_not_for_you')),
        el('ul', { class: 'plain' }, others.map((l) => el('li', { 'data-letter': l.id }, el('b', {}, m(l.title)), ': ', m(l.refusal))))));
    }
  }

  function field(f) {
    const id = `lf-${f.name.replace('.', '-')}`;
    if (f.type === 'date') {
      const v = values[f.name] ?? { day: '', month: '', year: '' };
      const part = (name, cls, max) => {
        const input = el('input', { id: `${id}-${name}`, class: cls, type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: max,
                                    value: v[name], 'aria-describedby': `${id}-hint`, 'aria-invalid': invalid.has(f.name) ? 'true' : null });
        input.addEventListener('input', () => { values[f.name] = { ...(values[f.name] ?? { day: '', month: '', year: '' }), [name]: input.value }; });
        return el('div', { class: 'part' }, el('label', { for: `${id}-${name}` }, t(name)), input);
      };
      return el('div', { class: 'date' }, el('fieldset', { id },
        el('legend', {}, m(f.label)),
        el('p', { id: `${id}-hint`, class: 'hint' }, t('date_hint')),
        el('div', { class: 'parts' }, part('day', 'dd', 2), part('month', 'mm', 2), part('year', 'yyyy', 4))));
    }
    const long = f.type === 'long_text';
    const input = el(long ? 'textarea' : 'input', { id, name: f.name, rows: long ? 3 : null, type: long ? null : 'text', autocomplete: 'off' });
    input.value = values[f.name] ?? '';
    input.addEventListener('input', () => { values[f.name] = input.value; });
    return el('div', { class: 'letter-field' }, el('label', { for: id }, m(f.label)), input);
  }

  function renderForm() {
    const l = letter();
    const form = el('form', { id: 'letter-form', novalidate: true },
      el('fieldset', {}, el('legend', {}, t('b_fill')), el('p', { class: 'hint' }, t('b_fill_hint')), l.fields.map(field)));
    if (problem) form.prepend(el('p', { class: 'errors', role: 'alert', id: 'letter-problem' }, t(problem)));
    if (draft) form.append(el('p', { class: 'note' }, t('b_remake_note')));
    form.append(el('p', {}, el('button', { type: 'submit', class: 'primary', id: 'letter-make' }, t('b_make'))));
    form.addEventListener('submit', (e) => { e.preventDefault(); make(); });
    root.append(form);
  }

  function make() {
    const l = letter();
    const flat = {};
    invalid = new Set();
    for (const f of l.fields) {
      const v = values[f.name];
      if (f.type !== 'date') { flat[f.name] = v; continue; }
      try { flat[f.name] = v ? isoDate(v.day, v.month, v.year) : null; } catch { invalid.add(f.name); }
    }
    problem = invalid.size ? 'err_date' : null;
    if (!problem) {
      try {
        draft = h.letter(letterRequest(l.id, me.party, flat));
        edited = null;
      } catch (err) {
        console.warn(err);
        problem = 'b_failed';
      }
    }
    render();
    const target = problem ? root.querySelector('#letter-problem') : root.querySelector('#letter-result-title');
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  }

  function renderDraft() {
    const box = el('section', { id: 'letter-result', 'aria-labelledby': 'letter-result-title' },
      el('h2', { id: 'letter-result-title' }, m(draft.title)));
    if (draft.deadline) {
      const x = draft.deadline;
      box.append(el('p', { class: 'due' }, `${t('r_last_day')} `,
        el('strong', { 'data-due': x.due }, new Intl.DateTimeFormat(lang() === 'nl' ? 'nl-NL' : 'en-GB',
          { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${x.due}T00:00:00Z`)))));
      if (x.date_label !== 'VERIFIED') box.append(el('p', { class: 'unsure', 'data-unsure': '' }, t('r_unsure')));
    }
    box.append(el('h3', {}, t('b_notes')),
      el('ul', { class: 'plain', id: 'letter-notes' }, draft.notes.map((n) => el('li', { 'data-note': n.id }, m(n)))));

    const own = edited ?? draft.text.nl;
    // Tall enough for the whole letter (about 60 letters a line), so that it reads without scrolling.
    const rows = Math.min(80, own.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 60)), 0) + 1);
    const text = el('textarea', { id: 'letter-nl', lang: 'nl', rows, spellcheck: 'false', 'aria-describedby': 'letter-nl-hint' });
    text.value = own;
    const printed = el('div', { class: 'letter-print', lang: 'nl', 'aria-hidden': 'true' }, text.value);
    text.addEventListener('input', () => { edited = text.value; printed.textContent = text.value; });
    const printButton = el('button', { type: 'button', class: 'secondary', id: 'letter-print' }, t('b_print'));
    printButton.addEventListener('click', () => window.print());
    const save = el('button', { type: 'button', class: 'secondary', id: 'letter-download', 'aria-describedby': 'letter-download-note' }, t('b_download'));
    save.addEventListener('click', () => download(`brief-${draft.letter}.txt`, text.value, 'text/plain;charset=utf-8'));

    box.append(el('div', { class: 'letter-pair' },
      el('div', { class: 'letter-own' },
        el('label', { for: 'letter-nl', class: 'letter-label' }, t('b_letter_nl')),
        el('p', { class: 'hint', id: 'letter-nl-hint' }, t('b_letter_hint')), text),
      el('div', { class: 'letter-aid', role: 'region', 'aria-labelledby': 'letter-aid-title' },
        el('h3', { id: 'letter-aid-title' }, t('b_aid')),
        el('p', { class: 'hint' }, t('b_aid_hint')),
        el('pre', { id: 'letter-en', lang: 'en' }, draft.text.en))));
    box.append(el('p', { class: 'letter-actions' }, printButton, ' ', save),
      el('p', { class: 'note', id: 'letter-download-note' }, t('b_download_note')));
    root.append(box, printed);
  }

  return { open, render, reset };
}
