// Schrijfhulp: the writer's text is checked by helder in a worker while they write; the findings
// are marked in place (a mirror behind the text box), listed with their explanation and plain
// words, and can be applied, ignored or allowed for the whole text.
import { el, clear } from './dom.js';
import { t, loadTexts, applyTexts, onLanguage, setUpPage } from './page.js';
import { linesOf, marksOfLine, drawLine } from './marks.js';
import { editBetween, shiftRanges } from './edits.js';
import { makeRoving, keepOneTabStop } from './roving.js';
import { renderSummary, renderSentences, findingItem, findingDetail, sentenceInfo } from './write-panel.js';

const $ = (sel) => document.querySelector(sel);
const box = $('#text');
const mirror = $('#mirror');
const list = $('#findings');
const TYPING_PAUSE_MS = 300;
// Rules whose finding is one word or term: the writer may allow it for the whole text.
const WORD_RULES = new Set(['jargon', 'officialese', 'long_word', 'opinion', 'spelling']);
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
  dictionary: 'off',    // off | loading | ready | failed
  active: null,         // the finding being explained
};
let nextId = 1;

const worker = new Worker(new URL('./check-worker.js', import.meta.url), { type: 'module' });

const visible = () => state.findings.filter((f) => !state.ignored.has(f.key));
const byId = (id) => state.findings.find((f) => f.id === id);

// ---- checking ----------------------------------------------------------------------------------

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
  drawMarks();
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
    state.dictionary = data.state;
    if (data.state === 'failed') { state.spelling = false; $('#spelling').checked = false; }
    $('#status').textContent = t(`w_dict_${data.state}`);
  } else if (data.type === 'report' || data.type === 'failed') {
    if (data.version === state.sent) state.sent = 0;
    if (data.version !== state.version) {  // the text changed meanwhile: check the newest text
      if (!state.timer) requestCheck(0);
      return;
    }
    if (data.type === 'failed') { $('#status').textContent = `${t('w_check_failed')} ${data.message}`; setBusy(false); return; }
    takeReport(data.version, data.report, data.ms);
    if (!state.timer) setBusy(false);
  } else if (data.type === 'sentences' && data.version === state.version) {
    data.difficulty.forEach((d, i) => { state.sentences[i].difficulty = d; });
    state.scored = true;
    drawMarks();
    drawSummary();
    drawSentences();
    document.body.dataset.sentences = String(data.version);
  }
};
worker.onerror = (e) => { $('#status').textContent = t('load_failed'); console.error(e.message); };

// ---- the text box and its marks ----------------------------------------------------------------

function edited({ immediate = false } = {}) {
  const before = state.value;
  const edit = editBetween(before, box.value);
  state.value = box.value;
  state.version += 1;
  state.findings = shiftRanges(state.findings, edit, stretches);
  state.sentences = shiftRanges(state.sentences, edit, stretches);
  if (state.active && !state.findings.includes(state.active)) state.active = null;
  moveLines(before, edit);
  requestCheck(immediate ? 0 : TYPING_PAUSE_MS);
}

box.addEventListener('input', (e) => edited({ immediate: e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' }));

// The mirror's lines: one block each, in the order of mirror.children.
let lines = [];

// After an edit, only the lines it touched are drawn again (with the marks moved along); the lines
// after it only move. A large paste over most of the text leaves the mirror empty: its check has
// been asked for at once, and its report draws everything.
function moveLines(before, { at, removed, added }) {
  if (!lines.length) return;
  const first = lineIndexAt(at);
  const last = lineIndexAt(at + removed);
  const delta = added - removed;
  const from = lines[first].start;
  const to = lines[last].end + delta;
  for (let j = last + 1; j < lines.length; j++) { lines[j].start += delta; lines[j].end += delta; }
  if (to - from > 2000 && to - from > box.value.length / 2) { mirror.replaceChildren(); lines = []; return; }
  const text = box.value;
  const fresh = linesOf(text.slice(from, to)).map((l) => ({ start: l.start + from, end: l.end + from }));
  const ranges = markRanges(from, to);
  const blocks = fresh.map((line) => drawLine(text, line, marksOfLine(line, ranges)));
  mirror.children[first].before(...blocks);
  for (let j = first; j <= last; j++) blocks.at(-1).nextSibling.remove();
  lines.splice(first, last - first + 1, ...fresh);
  showActive();
  rects = null;
}

// The finding being explained has its mark outlined (set on the drawn marks, not part of a line's drawing).
function showActive() {
  for (const node of mirror.querySelectorAll('.mk.active')) node.classList.remove('active');
  if (state.active) for (const node of mirror.querySelectorAll(`[data-finding="${state.active.id}"]`)) node.classList.add('active');
}

function lineIndexAt(pos) {
  let lo = 0, hi = lines.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The ranges to mark (hard sentences and findings) that touch [from, to]. */
function markRanges(from = 0, to = Infinity) {
  const limit = state.report?.b1.difficulty_limit ?? Infinity;
  const ranges = [];
  state.sentences.forEach((s, i) => {
    if (s.difficulty > limit && s.end >= from && s.start <= to) ranges.push({ start: s.start, end: s.end, layer: 0, attrs: { class: 'snt' } });
  });
  for (const f of visible()) {
    if (f.end < from || f.start > to) continue;
    ranges.push({ start: f.start, end: f.end, layer: LAYER[f.rule] ?? 3,
                  attrs: { class: `mk mk-${f.rule}`, 'data-finding': f.id } });
  }
  return ranges;
}

// Draws the marks of the newest report (or after an ignore): only the lines whose marks changed
// are drawn again, so that the browser lays out only those. Into an empty mirror (a new text) the
// lines in and near the text box's view come first with their marks, the others as plain text,
// marked a few at a time after the frame is shown (finishMarks).
const LINES_AT_ONCE = 60;
let finishing = 0;

function drawMarks() {
  const text = box.value;
  const fresh = !lines.length;
  if (fresh) lines = linesOf(text);
  const perLine = marksPerLine();
  if (fresh) {
    const [near, far] = linesInView();
    mirror.replaceChildren(...lines.map((line, i) => drawLine(text, line, marksOfLine(line, i >= near && i <= far ? perLine[i] : []))));
    clearTimeout(finishing);
    finishing = setTimeout(() => finishMarks(0));
    document.body.dataset.marks = 'partial';
  } else {
    clearTimeout(finishing);
    redrawChanged(0, lines.length, perLine);
    document.body.dataset.marks = 'all';
  }
  showActive();
  mirror.scrollTop = box.scrollTop;
  rects = null;
}

function marksPerLine() {
  const perLine = lines.map(() => []);
  for (const r of markRanges()) {
    for (let i = Math.max(0, lineIndexAt(r.start)); i < lines.length && lines[i].start <= r.end; i++) perLine[i].push(r);
  }
  return perLine;
}

function redrawChanged(from, to, perLine) {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const marks = marksOfLine(lines[i], perLine[i]);
    const block = mirror.children[i];
    if (block.signature !== marks.signature) block.replaceWith(drawLine(box.value, lines[i], marks));
  }
}

function finishMarks(from) {
  if (!lines.length) return;
  redrawChanged(from, from + LINES_AT_ONCE, marksPerLine());
  showActive();
  rects = null;
  if (from + LINES_AT_ONCE < lines.length) finishing = setTimeout(() => finishMarks(from + LINES_AT_ONCE));
  else document.body.dataset.marks = 'all';
}

// The lines the text box shows, with a margin either side, estimated from its scroll position
// (the mirror is not laid out yet).
function linesInView() {
  const length = box.value.length;
  const height = Math.max(1, box.scrollHeight);
  const margin = 3000;
  const first = Math.floor((box.scrollTop / height) * length) - margin;
  const last = Math.ceil(((box.scrollTop + box.clientHeight) / height) * length) + margin;
  return [Math.max(0, lineIndexAt(first)), lineIndexAt(last)];
}

box.addEventListener('scroll', () => { mirror.scrollTop = box.scrollTop; rects = null; });
window.addEventListener('scroll', () => { rects = null; }, { passive: true });
window.addEventListener('resize', () => { rects = null; });

// Scrolls the text box (never the page) so that a mark in the mirror shows.
function scrollTextTo(node) {
  if (!node) return;
  const top = node.offsetTop;  // the mirror is the marks' offsetParent
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

// What lies under the pointer: the mirror's marks are behind the text box, so their boxes are
// measured once per drawing and compared with the pointer.
let rects = null;
function markAt(x, y) {
  if (!rects) {
    rects = [];
    for (const node of mirror.querySelectorAll('[data-finding]')) {
      for (const r of node.getClientRects()) rects.push({ id: Number(node.dataset.finding), r, area: r.width * r.height });
    }
  }
  let best = null;
  for (const c of rects) {
    if (x >= c.r.left && x <= c.r.right && y >= c.r.top && y <= c.r.bottom && (!best || c.area < best.area)) best = c;
  }
  return best ? byId(best.id) : null;
}

let pointer = null;
box.addEventListener('mousemove', (e) => {
  if (!pointer) requestAnimationFrame(() => {
    const f = markAt(pointer.clientX, pointer.clientY);
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
  const before = state.active;
  state.active = f;
  showActive();
  if (before) collapse(before);
  listAll();
  const item = list.querySelector(`li[data-finding="${f.id}"]`);
  if (item) {
    const head = item.querySelector('.finding-head');
    item.querySelector('.finding-detail')?.remove();
    item.append(findingDetail(f, { canAllow: WORD_RULES.has(f.rule) }));
    head.setAttribute('aria-controls', `fd-${f.id}`);
    head.setAttribute('aria-expanded', 'true');
    if (from === 'text') {
      for (const b of list.querySelectorAll('.finding-head[tabindex="0"]')) b.tabIndex = -1;
      head.tabIndex = 0;
      revealInPanel(item);
    }
  }
  if (from === 'list') scrollTextTo(mirror.querySelector(`[data-finding="${f.id}"]`));
  showSentenceAt(f.start);
}

function collapse(f) {
  const item = list.querySelector(`li[data-finding="${f.id}"]`);
  if (!item) return;
  const head = item.querySelector('.finding-head');
  head.setAttribute('aria-expanded', 'false');
  head.removeAttribute('aria-controls');
  item.querySelector('.finding-detail')?.remove();
}

// Scrolls the panel (not the page) to an item, where the panel scrolls by itself (wide screens).
function revealInPanel(item) {
  const panel = $('#panel');
  if (panel.scrollHeight <= panel.clientHeight + 1) return;
  const top = item.getBoundingClientRect().top - panel.getBoundingClientRect().top;
  if (top < 0 || top + item.offsetHeight > panel.clientHeight) panel.scrollTop += top - panel.clientHeight / 3;
}

/**
 * Draws the list, keeping the items of findings that stay (a long report has hundreds); rebuild:
 * all items new (another language). When the focus was in the list, it goes to the finding at or
 * after `focusAt`.
 */
function drawList(focusAt = state.active?.start ?? 0, { rebuild = false } = {}) {
  const hadFocus = list.contains(document.activeElement);
  const shown = visible();
  const drawn = new Map(rebuild ? [] : [...list.children].map((item) => [Number(item.dataset.finding), item]));
  clearTimeout(listing);
  unlisted = null;
  if (!drawn.size && shown.length > ITEMS_AT_ONCE) {
    // A new text: the first items now, the others after the frame is shown.
    list.replaceChildren(...shown.slice(0, ITEMS_AT_ONCE).map(findingItem));
    unlisted = { shown, from: ITEMS_AT_ONCE };
    listing = setTimeout(() => listRest(shown, ITEMS_AT_ONCE));
  } else {
    const items = shown.map((f) => drawn.get(f.id) ?? findingItem(f));
    if (items.length !== list.children.length || items.some((item, i) => item !== list.children[i])) list.replaceChildren(...items);
  }
  for (const open of list.querySelectorAll('.finding-detail')) {
    const item = open.closest('li.finding');
    if (Number(item.dataset.finding) !== state.active?.id) collapse({ id: Number(item.dataset.finding) });
  }
  $('#findings-count').textContent = state.report ? `(${shown.length})` : '';
  $('#findings-none').hidden = !state.report || shown.length > 0 || !box.value.trim();
  const ignored = state.findings.length - shown.length;
  $('#show-ignored').hidden = ignored === 0;
  $('#show-ignored').textContent = t('w_show_ignored').replace('{n}', ignored);
  $('#truncated').hidden = !state.report?.truncated;
  drawAccepted();
  if (state.active && shown.includes(state.active)) {
    const head = list.querySelector(`li[data-finding="${state.active.id}"] .finding-head`);
    head.tabIndex = 0;
    activate(state.active, { from: 'draw' });
  }
  keepOneTabStop(list, '.finding-head');
  if (hadFocus) focusNear(focusAt);
}

const ITEMS_AT_ONCE = 80;
let listing = 0;
let unlisted = null;  // {shown, from}: the items still to add

function listRest(shown, from, count = ITEMS_AT_ONCE) {
  list.append(...shown.slice(from, from + count).map(findingItem));
  keepOneTabStop(list, '.finding-head');
  unlisted = from + count < shown.length ? { shown, from: from + count } : null;
  if (unlisted) listing = setTimeout(() => listRest(shown, from + count));
}

/** Adds the items still to add now (before one of them is focused or opened). */
function listAll() {
  if (!unlisted) return;
  clearTimeout(listing);
  listRest(unlisted.shown, unlisted.from, Infinity);
}

/** Focuses the first finding at or after `pos` (or the last one); with no finding, the list's heading. */
function focusNear(pos) {
  listAll();
  const shown = visible();
  const f = shown.find((x) => x.start >= pos) ?? shown[shown.length - 1];
  if (f) list.querySelector(`li[data-finding="${f.id}"] .finding-head`).focus();
  else $('#h-findings').focus();
}

list.addEventListener('focusin', (e) => {
  const head = e.target.closest('.finding-head');
  if (!head) return;
  const f = byId(Number(head.closest('li.finding').dataset.finding));
  if (f && f !== state.active) activate(f, { from: 'list' });
});
makeRoving(list, '.finding-head');

list.addEventListener('click', (e) => {
  const button = e.target.closest('button[data-action]');
  if (!button) return;
  const f = byId(Number(button.closest('li.finding').dataset.finding));
  if (!f) return;
  if (button.dataset.action === 'apply') applySuggestion(f, button.dataset.value);
  else if (button.dataset.action === 'ignore') ignore(f);
  else if (button.dataset.action === 'allow') allow(f.text);
});

function startsSentence(f) {
  return state.sentences.some((s) => s.start === f.start);
}

function applySuggestion(f, suggestion) {
  if (box.value.slice(f.start, f.end) !== f.text) {
    $('#status').textContent = t('w_apply_stale');
    requestCheck(0);
    return;
  }
  const words = startsSentence(f) ? suggestion.charAt(0).toLocaleUpperCase('nl') + suggestion.slice(1) : suggestion;
  box.setRangeText(words, f.start, f.end, 'preserve');
  state.active = null;
  edited({ immediate: true });
  drawMarks();
  drawList(f.start + words.length);
  $('#status').textContent = t('w_applied');
}

function ignore(f) {
  state.ignored.add(f.key);
  state.active = null;
  drawMarks();
  drawList(f.start);
  $('#status').textContent = t('w_ignored');
}

function allow(word) {
  const lower = word.toLocaleLowerCase('nl');
  if (!state.accepted.some((w) => w.toLocaleLowerCase('nl') === lower)) state.accepted.push(word);
  const at = state.active?.start ?? 0;
  state.findings = state.findings.filter((f) => !(WORD_RULES.has(f.rule) && f.text.toLocaleLowerCase('nl') === lower));
  state.active = null;
  state.version += 1;
  drawMarks();
  drawList(at);
  requestCheck(0);
  $('#status').textContent = t('w_accepted').replace('{word}', word);
}

function drawAccepted() {
  const ul = $('#accepted');
  clear(ul);
  for (const word of state.accepted) {
    const again = el('button', { type: 'button', class: 'link small' }, t('w_unaccept').replace('{word}', word));
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
  drawMarks();
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
  const line = mirror.children[lineIndexAt(s.start)];
  if (line) box.scrollTop = Math.max(0, line.offsetTop - 20);
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
  if (!state.ready) return;
  drawList(undefined, { rebuild: true });
  drawSummary();
  drawSentences();
  showSentenceAt(box.selectionStart);
});

setUpPage({ reset: () => {
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
  drawMarks();
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
