// SPDX-License-Identifier: EUPL-1.2
// What Schrijfhulp shows beside the text: the B1 verdict with its reasons, the scores, the findings
// with their explanation and plain words, and the sentences that are harder than B1.
import { el, clear } from './dom.js';
import { t, m, lang } from './page.js';

const formats = {};
const number = (n) => (formats[lang] ??= new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 })).format(n);
number(0);  // the first format loads the locale's data: now, not when the first report is drawn
const fill = (id, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), t(id));
const QUOTE_CHARS = 70;
// A text with {word} in it, the word being Dutch whatever the page's language.
const withWord = (id, word) => {
  const [before, after] = t(id).split('{word}');
  return [before, el('span', { lang: 'nl' }, word), after ?? ''];
};

/**
 * The verdict and the scores; report null: no text yet (or, with checking, its check is running).
 * hard: the number of sentences harder than B1 (null: not known yet).
 */
export function renderSummary(box, report, { checking, hard }) {
  clear(box);
  if (!report) { box.append(el('p', { class: 'note' }, t(checking ? 'w_checking' : 'w_empty'))); return; }
  const blocking = report.b1.reasons.filter((r) => r.blocking);
  const advice = report.b1.reasons.filter((r) => !r.blocking);
  box.append(el('p', { class: report.meets_b1 ? 'verdict yes' : 'verdict no', id: 'verdict' }, t(report.meets_b1 ? 'w_b1_yes' : 'w_b1_no')));
  if (blocking.length) box.append(el('p', { class: 'why' }, t('w_b1_why')), el('ul', { class: 'plain reasons' }, blocking.map((r) => el('li', {}, m(r.message)))));
  if (advice.length) box.append(el('p', { class: 'why' }, t('w_b1_tips')), el('ul', { class: 'plain reasons' }, advice.map((r) => el('li', {}, m(r.message)))));
  const row = (label, value, note) => el('div', {}, el('dt', {}, t(label)), el('dd', {}, value, note ? el('span', { class: 'note' }, ` ${note}`) : null));
  const s = report.scores;
  box.append(el('dl', { class: 'scores' },
    row('w_score_difficulty', s.difficulty == null ? '–' : number(s.difficulty), fill('w_score_difficulty_note', { limit: report.b1.difficulty_limit })),
    row('w_score_flesch', s.flesch_douma == null ? '–' : number(s.flesch_douma), t('w_score_flesch_note')),
    row('w_score_words', number(report.counts.words)),
    row('w_score_sentences', number(report.counts.sentences)),
    hard == null ? null : row('w_score_hard', number(hard))));
}

/** The sentences harder than B1, each a button that shows it in the text box. */
export function renderSentences(box, text, sentences, report, scored) {
  clear(box);
  box.append(el('h2', { id: 'h-sentences' }, t('w_sentences')));
  if (!report || !sentences.length) { box.append(el('p', { class: 'note' }, t('w_empty'))); return; }
  if (!scored) { box.append(el('p', { class: 'note' }, t('w_sentences_wait'))); return; }
  const limit = report.b1.difficulty_limit;
  const hard = sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.difficulty > limit);
  box.append(el('p', { id: 'sentences-intro' }, hard.length
    ? fill('w_sentences_intro', { n: number(hard.length), total: number(sentences.length), limit })
    : t('w_sentences_none')));
  if (!hard.length) return;
  const ol = el('ol', { class: 'sentences', 'aria-labelledby': 'h-sentences' });
  hard.forEach(({ s, i }, k) => {
    ol.append(el('li', {}, el('button', { type: 'button', class: 'sentence', 'data-sentence': i, tabindex: k === 0 ? 0 : -1 },
      el('span', { class: 'sentence-score' }, sentenceInfo(s, i, report)),
      el('span', { class: 'quote', lang: 'nl' }, quoteOf(text.slice(s.start, s.end))))));
  });
  box.append(ol);
}

export function sentenceInfo(s, i, report) {
  if (s.difficulty == null || !report) return fill('w_sentence_words', { n: i + 1, w: s.words });
  return fill('w_sentence_info', { n: i + 1, d: number(s.difficulty), w: s.words, limit: report.b1.difficulty_limit });
}

function quoteOf(text) {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text;
}

/** A button that checks an allowed word again. */
export function unallowButton(word) {
  return el('button', { type: 'button', class: 'link small' }, withWord('w_unaccept', word));
}

/** One finding in the list: a button that opens its explanation (findingDetail, made when opened). */
export function findingItem(f) {
  return el('li', { class: `finding f-${f.rule}`, 'data-finding': f.id },
    el('button', { type: 'button', class: 'finding-head', 'aria-expanded': 'false', tabindex: -1 },
      el('span', { class: 'kind' }, t(`rule_${f.rule}`)), ' ', el('span', { class: 'quote', lang: 'nl' }, quoteOf(f.text))));
}

/** The explanation, the plain words to use instead (one button each) and what else can be done. */
export function findingDetail(f, { canAllow }) {
  const parts = [el('p', { class: 'message' }, m(f.message))];
  if (f.suggestions.length) {
    parts.push(el('p', { class: 'alt-title' }, t(f.rule === 'spelling' ? 'w_spellings' : 'w_alternatives')),
      el('ul', { class: 'alternatives' }, f.suggestions.map((s) =>
        el('li', {}, el('button', { type: 'button', class: 'use', 'data-action': 'apply', 'data-value': s }, withWord('w_use', s))))));
  }
  const actions = el('p', { class: 'finding-actions' },
    el('button', { type: 'button', class: 'link small', 'data-action': 'ignore' }, t('w_ignore')));
  if (canAllow) actions.append(el('button', { type: 'button', class: 'link small', 'data-action': 'allow' }, withWord('w_allow', f.text)));
  parts.push(actions);
  return el('div', { class: 'finding-detail', id: `fd-${f.id}` }, parts);
}
