// SPDX-License-Identifier: EUPL-1.2
// The marks in place: a mirror behind the text box holds the same text in the same box, font and
// wrapping, invisible but for its marks, which show through the text box's transparent background.
// The mirror is drawn line by line (one block per line of the text), so that an edit or a new report
// redraws only the lines whose text or marks changed, and the browser lays out only those.
import { linesOf, marksOfLine, drawLine } from './marks.js';

const LINES_AT_ONCE = 60;
const VIEW_MARGIN_CHARS = 3000;

export class Mirror {
  #box;
  #node;
  #ranges;
  #activeId;
  #lines = [];        // {start, end} of each line, in the order of the mirror's blocks
  #finishing = 0;
  #rects = null;      // the marks' boxes on screen, measured when the pointer first needs them

  /**
   * box: the text box; node: the mirror's element; ranges(from, to): the ranges to mark that touch
   * [from, to] ({start, end, layer, attrs}, see marks.js); activeId(): the finding to outline.
   */
  constructor(box, node, { ranges, activeId }) {
    this.#box = box;
    this.#node = node;
    this.#ranges = ranges;
    this.#activeId = activeId;
    box.addEventListener('scroll', () => { node.scrollTop = box.scrollTop; this.#rects = null; });
    window.addEventListener('scroll', () => { this.#rects = null; }, { passive: true });
    window.addEventListener('resize', () => { this.#rects = null; });
  }

  /**
   * After an edit of the text box (from `before`; see edits.js): the lines it touched are drawn
   * again with the marks as they are now, the lines after it only move. A large paste over most of
   * the text empties the mirror: its report, asked for at once, draws everything.
   */
  edited(before, { at, removed, added }) {
    const lines = this.#lines;
    if (!lines.length) return;
    const text = this.#box.value;
    const first = this.#lineAt(at);
    const last = this.#lineAt(at + removed);
    const delta = added - removed;
    const from = lines[first].start;
    const to = lines[last].end + delta;
    for (let j = last + 1; j < lines.length; j++) { lines[j].start += delta; lines[j].end += delta; }
    if (to - from > 2000 && to - from > text.length / 2) { this.#node.replaceChildren(); this.#lines = []; return; }
    const fresh = linesOf(text.slice(from, to)).map((l) => ({ start: l.start + from, end: l.end + from }));
    const ranges = this.#ranges(from, to);
    const blocks = fresh.map((line) => drawLine(text, line, marksOfLine(line, ranges)));
    this.#node.children[first].before(...blocks);
    for (let j = first; j <= last; j++) blocks.at(-1).nextSibling.remove();
    lines.splice(first, last - first + 1, ...fresh);
    this.showActive();
    this.#rects = null;
  }

  /**
   * Draws the marks as they are now (a new report, an ignored finding): only the lines whose marks
   * changed are drawn again. Into an empty mirror (a new text) the lines in and near the text box's
   * view come first with their marks, the others as plain text, marked a few at a time after the
   * frame is shown; data-drawn on the mirror says "partial" until then, then "all".
   */
  draw() {
    const text = this.#box.value;
    const fresh = !this.#lines.length;
    if (fresh) this.#lines = linesOf(text);
    const perLine = this.#marksPerLine();
    clearTimeout(this.#finishing);
    if (fresh) {
      const [near, far] = this.#linesInView();
      this.#node.replaceChildren(...this.#lines.map((line, i) => drawLine(text, line, marksOfLine(line, i >= near && i <= far ? perLine[i] : []))));
      this.#node.dataset.drawn = 'partial';
      this.#finishing = setTimeout(() => this.#finish(0));
    } else {
      this.#redrawChanged(0, this.#lines.length, perLine);
      this.#node.dataset.drawn = 'all';
    }
    this.showActive();
    this.#node.scrollTop = this.#box.scrollTop;
    this.#rects = null;
  }

  /** Outlines the active finding's mark (set on the drawn marks, not part of a line's drawing). */
  showActive() {
    for (const node of this.#node.querySelectorAll('.mk.active')) node.classList.remove('active');
    const id = this.#activeId();
    if (id != null) for (const node of this.#node.querySelectorAll(`[data-finding="${id}"]`)) node.classList.add('active');
  }

  /** The id of the finding whose mark is under the point (the innermost), or null. */
  findingAt(x, y) {
    if (!this.#rects) {
      this.#rects = [];
      for (const node of this.#node.querySelectorAll('[data-finding]')) {
        for (const r of node.getClientRects()) this.#rects.push({ id: Number(node.dataset.finding), r, area: r.width * r.height });
      }
    }
    let best = null;
    for (const c of this.#rects) {
      if (x >= c.r.left && x <= c.r.right && y >= c.r.top && y <= c.r.bottom && (!best || c.area < best.area)) best = c;
    }
    return best ? best.id : null;
  }

  /** Scrolls the text box (never the page) so that a finding's mark shows. */
  scrollToFinding(id) {
    const node = this.#node.querySelector(`[data-finding="${id}"]`);
    if (!node) return;
    const top = node.offsetTop;  // the mirror is the marks' offsetParent
    const box = this.#box;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }

  /** Scrolls the text box so that the line holding `pos` is at its top. */
  scrollToOffset(pos) {
    const line = this.#node.children[this.#lineAt(pos)];
    if (line) this.#box.scrollTop = Math.max(0, line.offsetTop - 20);
  }

  #finish(from) {
    if (!this.#lines.length) return;
    this.#redrawChanged(from, from + LINES_AT_ONCE, this.#marksPerLine());
    this.showActive();
    this.#rects = null;
    if (from + LINES_AT_ONCE < this.#lines.length) this.#finishing = setTimeout(() => this.#finish(from + LINES_AT_ONCE));
    else this.#node.dataset.drawn = 'all';
  }

  #marksPerLine() {
    const lines = this.#lines;
    const perLine = lines.map(() => []);
    for (const r of this.#ranges(0, Infinity)) {
      for (let i = Math.max(0, this.#lineAt(r.start)); i < lines.length && lines[i].start <= r.end; i++) perLine[i].push(r);
    }
    return perLine;
  }

  #redrawChanged(from, to, perLine) {
    const lines = this.#lines;
    for (let i = from; i < Math.min(to, lines.length); i++) {
      const marks = marksOfLine(lines[i], perLine[i]);
      const block = this.#node.children[i];
      if (block.signature !== marks.signature) block.replaceWith(drawLine(this.#box.value, lines[i], marks));
    }
  }

  // The lines the text box shows, with a margin either side, estimated from its scroll position
  // (the mirror is not laid out yet).
  #linesInView() {
    const box = this.#box;
    const length = box.value.length;
    const height = Math.max(1, box.scrollHeight);
    const first = Math.floor((box.scrollTop / height) * length) - VIEW_MARGIN_CHARS;
    const last = Math.ceil(((box.scrollTop + box.clientHeight) / height) * length) + VIEW_MARGIN_CHARS;
    return [Math.max(0, this.#lineAt(first)), this.#lineAt(last)];
  }

  #lineAt(pos) {
    const lines = this.#lines;
    let lo = 0, hi = lines.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }
}
