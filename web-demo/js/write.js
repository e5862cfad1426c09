// SPDX-License-Identifier: EUPL-1.2
// Schrijfhulp: the writer's text is checked by helder in a worker while they write; the findings
// are marked in place (a mirror behind the text box), listed with their explanation and plain
// words, and can be applied, ignored or allowed for the whole text.
import { el, clear } from './dom.js';
import { t, loadTexts, applyTexts, onLanguage, setUpPage } from './page.js';
import { Mirror } from './mirror.js';
import { editBetween, shiftRanges } from './edits.js';
import { makeRoving } from './roving.js';
import { FindingsList } from './findings-list.js';
import { renderSummary, renderSentences, sentenceInfo, unallowButton } from './write-panel.js';

const $ = (sel) => document.querySelector(sel);
const box = $('#text');
const list = $('#findings');
const TYPING_PAUSE_MS = 300;
// Rules whose finding is one word or term: the writer may allow it for the whole text.
const WORD_RULES = new Set(['jargon', 'officialese', 'long_word', 'opinion', 'spelling', 'difficult_word']);
const LAYER = { long_sentence: 1, passive: 2, opinion: 2 };
// A sentence and a phrase stay marked while the writer types inside them; a word does not.
const stretches = (r) => r.rule === undefined || r.rule === 'long_sentence' || r.rule === 'passive' || r.rule === 'opinion';

const state = {
  value: '',            // the text box's value the marks belong to
  version: 0,           // counts edits; a report for an older version is dropped
  sent: 0,              // the version being checked in the worker (0: none)
  timer: 0,
  ready: false,
  report: null,         // scores, counts, b1 of the newest report (null: none yet)
  findings: [],         // the newest report's findings, kept on their words while typing
  sentences: [],        // {start, end, words, difficulty?}
  scored: false,        // every sentence has its difficulty
  ignored: new Set(),
  accepted: [],
  spelling: false,
  active: null,         // the finding being explained
};
let nextId = 1;
const mirror = new Mirror(box, $('#mirror'), { ranges: markRanges, activeId: () => state.active?.id });

// The worker runs under this page's Content-Security-Policy (no request to another origin): a worker
// loaded from its own address gets the policy of that HTTP response, none from a static server,
// while one started from a blob: address takes the page's. The blob only imports check-worker.js.
function startWorker() {
  const source = `import ${JSON.stringify(new URL('./check-worker.js', import.meta.url).href)};`;
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
}
const worker = startWorker();

const visible = () => state.findings.filter((f) => !state.ignored.has(f.key));
const byId = (id) => state.findings.find((f) => f.id === id);

// ---- checking ----------------------------------------------------------------------------------

// The page's last message (in the status line, read out by screen readers), kept so that it can be
// said again in the other language.
let said = null;
function say(id, values = {}) {
  said = { id, values };
  const text = Object.entries(values).reduce((x, [k, v]) => x.replace(`{${k}}`, v), t(id));
  $('#status').textContent = values.detail ? `${text} ${values.detail}` : text;
}

function setBusy(busy) { document.body.dataset.state = busy ? 'checking' : 'idle'; }

function requestCheck(delay) {
  clearTimeout(state.timer);
  state.timer = 0;
  setBusy(true);
  if (delay > 0) { state.timer = setTimeout(() => { state.timer = 0; requestCheck(0); }, delay); return; }
  if (!state.ready || state.sent) return;  // sent when the worker is ready, or when its answer comes
  state.sent = state.version;
  performance.mark(`write:check:${state.version}`);
  worker.postMessage({ type: 'check', version: state.version, text: box.value, spelling: state.spelling, accept: state.accepted });
}

function contextKey(text, f) {
  return [f.rule, f.text, text.slice(Math.max(0, f.start - 24), f.start), text.slice(f.end, f.end + 24)].join('\u0001');
}

function takeReport(version, report, workerMs) {
  performance.mark(`write:report:${version}`);
  const arrived = performance.now();
  const text = box.value;
  state.report = report;
  // A finding that was there before keeps its id, so that its mark and list item stay as drawn.
  const known = new Map(state.findings.map((f) => [`${f.rule}|${f.start}|${f.end}|${f.text}`, f.id]));
  state.findings = report.findings.map((f) => ({ ...f, id: known.get(`${f.rule}|${f.start}|${f.end}|${f.text}`) ?? nextId++, key: contextKey(text, f) }));
  // Sentences that did not change keep their difficulty until the worker has scored them all.
  const scored = new Map(state.sentences.filter((s) => s.difficulty != null).map((s) => [text.slice(s.start, s.end), s.difficulty]));
  for (const s of report.sentences) s.difficulty = scored.get(text.slice(s.start, s.end));
  state.sentences = report.sentences;
  state.scored = report.sentences.every((s) => s.difficulty != null);
  const active = state.active;
  state.active = active ? state.findings.find((f) => f.id === active.id) ?? null : null;
  mirror.draw();
  drawList(active?.start);
  drawSummary();
  drawSentences();
  performance.clearMeasures();
  performance.measure('write:worker', { start: arrived - workerMs, end: arrived });
  performance.measure('write:draw', `write:report:${version}`);
  performance.measure('write:check-and-draw', `write:check:${version}`);
  performance.clearMarks();
}

worker.onmessage = ({ data }) => {
  if (data.type === 'ready') {
    state.ready = true;
    document.body.dataset.ready = 'true';
    if (box.value) requestCheck(0); else setBusy(false);
  } else if (data.type === 'dictionary') {
    if (data.state === 'failed') { state.spelling = false; $('#spelling').checked = false; }
    say(`w_dict_${data.state}`);
  } else if (data.type === 'report' || data.type === 'failed') {
    if (data.version === state.sent) state.sent = 0;
    if (data.version !== state.version) {  // the text changed meanwhile: check the newest text
      if (!state.timer) requestCheck(0);
      return;
    }
    if (data.type === 'failed') { say('w_check_failed', { detail: data.message }); setBusy(false); return; }
    takeReport(data.version, data.report, data.ms);
    if (!state.timer) setBusy(false);
    // Once the marks are on screen, the worker scores each sentence.
    requestAnimationFrame(() => setTimeout(() => worker.postMessage({ type: 'drawn', version: data.version })));
  } else if (data.type === 'sentences' && data.version === state.version) {
    data.difficulty.forEach((d, i) => { state.sentences[i].difficulty = d; });
    state.scored = true;
    mirror.draw();
    drawSummary();
    drawSentences();
    document.body.dataset.sentences = String(data.version);
  }
};
worker.onerror = (e) => { say('load_failed'); console.error(e.message); };

// ---- the text box and its marks ----------------------------------------------------------------

function edited({ immediate = false } = {}) {
  const before = state.value;
  const edit = editBetween(before, box.value);
  state.value = box.value;
  state.version += 1;
  state.findings = shiftRanges(state.findings, edit, stretches);
  state.sentences = shiftRanges(state.sentences, edit, stretches);
  if (state.active && !state.findings.includes(state.active)) state.active = null;
  mirror.edited(before, edit);
  requestCheck(immediate ? 0 : TYPING_PAUSE_MS);
}

box.addEventListener('input', (e) => edited({ immediate: e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' }));

/** The ranges to mark (hard sentences and findings) that touch [from, to]. */
function markRanges(from, to) {
  const limit = state.report?.b1.difficulty_limit ?? Infinity;
  const ranges = [];
  for (const s of state.sentences) {
    if (s.difficulty > limit && s.end >= from && s.start <= to) ranges.push({ start: s.start, end: s.end, layer: 0, attrs: { class: 'snt' } });
  }
  for (const f of visible()) {
    if (f.end < from || f.start > to) continue;
    ranges.push({ start: f.start, end: f.end, layer: LAYER[f.rule] ?? 3, attrs: { class: `mk mk-${f.rule}`, 'data-finding': f.id } });
  }
  return ranges;
}

let pointer = null;
box.addEventListener('mousemove', (e) => {
  if (!pointer) requestAnimationFrame(() => {
    const f = byId(mirror.findingAt(pointer.clientX, pointer.clientY));
    pointer = null;
    if (f && f !== state.active) activate(f, { from: 'text' });
  });
  pointer = e;
});

function findingAtCaret(pos) {
  let best = null;
  for (const f of visible()) {
    if (f.start <= pos && pos <= f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
  }
  return best;
}

function caretMoved() {
  const pos = box.selectionStart;
  showSentenceAt(pos);
  const f = findingAtCaret(pos);
  if (f && f !== state.active) activate(f, { from: 'text' });
}
box.addEventListener('click', caretMoved);
box.addEventListener('keyup', (e) => {
  if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(e.key)) caretMoved();
});

function sentenceIndexAt(pos) {
  let lo = 0, hi = state.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = state.sentences[mid];
    if (pos < s.start) hi = mid - 1; else if (pos > s.end) lo = mid + 1; else return mid;
  }
  return -1;
}

function showSentenceAt(pos) {
  const i = sentenceIndexAt(pos);
  $('#here').textContent = i < 0 ? '' : sentenceInfo(state.sentences[i], i, state.report);
}

// ---- the explanation of one finding ------------------------------------------------------------

// from: 'list' (the writer chose it there: the text box scrolls to it), 'text' (pointer or caret
// on its mark: the list shows it) or 'draw' (drawn again after a check: nothing moves).
function activate(f, { from }) {
  state.active = f;
  mirror.showActive();
  findings.open(f, { reveal: from === 'text' });
  if (from === 'list') mirror.scrollToFinding(f.id);
  showSentenceAt(f.start);
}

/** Draws the list and what goes with it; when the focus was in the list, it goes to the finding at or after `focusAt`. */
function drawList(focusAt = state.active?.start ?? 0, { rebuild = false } = {}) {
  const hadFocus = findings.hasFocus;
  const shown = visible();
  if (state.active && !shown.includes(state.active)) state.active = null;
  findings.draw(shown, { rebuild });
  $('#findings-count').textContent = state.report ? `(${shown.length})` : '';
  $('#findings-none').hidden = !state.report || shown.length > 0 || !box.value.trim();
  const ignored = state.findings.length - shown.length;
  $('#show-ignored').hidden = ignored === 0;
  $('#show-ignored').textContent = t('w_show_ignored').replace('{n}', ignored);
  $('#truncated').hidden = !state.report?.truncated;
  drawAccepted();
  if (hadFocus && !findings.focusNear(shown, focusAt)) $('#h-findings').focus();
}

const findings = new FindingsList(list, $('#panel'), {
  findingOf: byId,
  onChoose: (f) => { if (f !== state.active) activate(f, { from: 'list' }); },
  onAction: (f, action, value) => {
    if (action === 'apply') applySuggestion(f, value);
    else if (action === 'ignore') ignore(f);
    else if (action === 'allow') allow(f.text);
  },
  canAllow: (f) => WORD_RULES.has(f.rule),
});

function startsSentence(f) {
  return state.sentences.some((s) => s.start === f.start);
}

function applySuggestion(f, suggestion) {
  if (box.value.slice(f.start, f.end) !== f.text) {
    say('w_apply_stale');
    requestCheck(0);
    return;
  }
  const words = startsSentence(f) ? suggestion.charAt(0).toLocaleUpperCase('nl') + suggestion.slice(1) : suggestion;
  box.setRangeText(words, f.start, f.end, 'preserve');
  state.active = null;
  edited({ immediate: true });
  mirror.draw();
  drawList(f.start + words.length);
  say('w_applied');
}

function ignore(f) {
  state.ignored.add(f.key);
  state.active = null;
  mirror.draw();
  drawList(f.start);
  say('w_ignored');
}

function allow(word) {
  const lower = word.toLocaleLowerCase('nl');
  if (!state.accepted.some((w) => w.toLocaleLowerCase('nl') === lower)) state.accepted.push(word);
  const at = state.active?.start ?? 0;
  state.findings = state.findings.filter((f) => !(WORD_RULES.has(f.rule) && f.text.toLocaleLowerCase('nl') === lower));
  state.active = null;
  state.version += 1;
  mirror.draw();
  drawList(at);
  requestCheck(0);
  say('w_accepted', { word });
}

function drawAccepted() {
  const ul = $('#accepted');
  clear(ul);
  for (const word of state.accepted) {
    const again = unallowButton(word);
    again.addEventListener('click', () => {
      state.accepted = state.accepted.filter((w) => w !== word);
      state.version += 1;
      drawAccepted();
      requestCheck(0);
      $('#accepted-title').focus();
    });
    ul.append(el('li', {}, again));
  }
  $('#accepted-box').hidden = state.accepted.length === 0;
}

$('#show-ignored').addEventListener('click', () => {
  state.ignored.clear();
  mirror.draw();
  drawList();
  $('#h-findings').focus();
});

// ---- summary and sentences -----------------------------------------------------------------------

function drawSummary() {
  const limit = state.report?.b1.difficulty_limit;
  const hard = state.scored ? state.sentences.filter((s) => s.difficulty > limit).length : null;
  renderSummary($('#summary'), box.value.trim() ? state.report : null, { checking: box.value.trim() !== '', hard });
}

function drawSentences() {
  renderSentences($('#sentences-box'), box.value, state.report && box.value.trim() ? state.sentences : [], state.report, state.scored);
}

$('#sentences-box').addEventListener('click', (e) => {
  const button = e.target.closest('button[data-sentence]');
  if (!button) return;
  const s = state.sentences[Number(button.dataset.sentence)];
  if (!s) return;
  box.focus({ preventScroll: true });
  box.setSelectionRange(s.start, s.end);
  mirror.scrollToOffset(s.start);
  showSentenceAt(s.start);
});
makeRoving($('#sentences-box'), 'button[data-sentence]');

$('#spelling').addEventListener('change', (e) => {
  state.spelling = e.target.checked;
  state.version += 1;
  requestCheck(0);
});

// ---- the page ----------------------------------------------------------------------------------

onLanguage(() => {
  if (said) say(said.id, said.values);
  if (!state.ready) return;
  drawList(undefined, { rebuild: true });
  drawSummary();
  drawSentences();
  showSentenceAt(box.selectionStart);
});

setUpPage({ reset: () => {
  said = { id: 'forget_done', values: {} };  // page.js says it once the page is empty
  box.value = '';
  state.ignored.clear();
  state.accepted = [];
  state.spelling = false;
  $('#spelling').checked = false;
  state.active = null;
  state.findings = [];
  state.sentences = [];
  state.report = null;
  edited({ immediate: true });
  mirror.draw();
  drawList();
  drawSummary();
  drawSentences();
  $('#here').textContent = '';
  $('#main').focus();
} });

await loadTexts();
applyTexts();
drawSummary();
drawSentences();
