// SPDX-License-Identifier: EUPL-1.2
// Marks parts of a text as nested elements: a sentence holds a passive phrase, which holds a word.
// The text is drawn line by line (one block per line of the text box), so that an edit or a new
// report redraws only the lines whose text or marks changed; a range over several lines is drawn
// as one piece per line. A range
// that crosses the end of a range it starts in is cut in two pieces, each with the same attributes,
// so every element lies inside its parent and the text reads exactly as it was.

/** The lines of a text: [{start, end}] in UTF-16 offsets, `end` before the line break. */
export function linesOf(text) {
  const lines = [];
  let start = 0;
  for (;;) {
    const br = text.indexOf('\n', start);
    if (br < 0) { lines.push({ start, end: text.length }); return lines; }
    lines.push({ start, end: br });
    start = br + 1;
  }
}

/**
 * The marks of one line: `ranges` [{start, end, layer, attrs}] are in offsets of the whole text,
 * layer 0 outermost; the parts outside the line are left out. `signature` tells two lines' marks
 * apart (the same signature: the same drawing).
 */
export function marksOfLine(line, ranges) {
  const own = [];
  for (const r of ranges) {
    const start = Math.max(r.start, line.start);
    const end = Math.min(r.end, line.end);
    if (end > start) own.push({ start: start - line.start, end: end - line.start, layer: r.layer, attrs: r.attrs });
  }
  own.sort(byPosition);
  return { own, signature: own.map((r) => `${r.start},${r.end},${r.layer},${Object.values(r.attrs).join(',')}`).join(';') };
}

/** One line of the text as a block with its marks (from marksOfLine). */
export function drawLine(text, line, marks) {
  const block = document.createElement('div');
  block.signature = marks.signature;
  // An empty line still takes the height of a line, as in the text box.
  if (line.end === line.start) block.append('\u200b');
  else block.append(markUp(text.slice(line.start, line.end), [...marks.own]));
  return block;
}

// ranges: sorted by byPosition, in offsets of `text`; taken apart as pieces are cut.
function markUp(text, queue) {
  const fragment = document.createDocumentFragment();
  const open = [{ node: fragment, end: Infinity }];
  let pos = 0;
  const top = () => open[open.length - 1];
  const write = (upTo) => { if (upTo > pos) { top().node.append(text.slice(pos, upTo)); pos = upTo; } };
  const closeUpTo = (at) => { while (open.length > 1 && top().end <= at) { write(top().end); open.pop(); } };

  for (let i = 0; i < queue.length; i++) {
    const r = queue[i];
    closeUpTo(r.start);
    write(r.start);
    let end = r.end;
    if (end > top().end) {
      end = top().end;
      insertSorted(queue, i + 1, { ...r, start: end });
    }
    const node = document.createElement('span');
    for (const [k, v] of Object.entries(r.attrs)) node.setAttribute(k, v);
    top().node.append(node);
    open.push({ node, end });
  }
  closeUpTo(Infinity);
  write(text.length);
  return fragment;
}

function byPosition(a, b) { return a.start - b.start || b.end - a.end || a.layer - b.layer; }

function insertSorted(queue, from, range) {
  let i = from;
  while (i < queue.length && byPosition(queue[i], range) <= 0) i++;
  queue.splice(i, 0, range);
}
