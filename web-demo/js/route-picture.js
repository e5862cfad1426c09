// SPDX-License-Identifier: EUPL-1.2
// A picture of the route of the procedure, drawn as inline SVG here (no diagram library): the stages
// passed, one under the other on a solid line; the current stage with a thick ring and the words
// "U bent hier"; the steps that may come next as dashed branches below it.
//
// The picture is aria-hidden: the list of steps and the list "Wat kan er hierna gebeuren?" next to it
// say the same, and a screen reader would otherwise read the whole route twice.
// Sizes are presentation attributes in viewBox units (the CSP forbids style attributes); the colours
// are classes in css/style.css. The picture scales with its column, so the layout does not depend on
// the screen's width: a 360 px phone and a 1280 px screen get the same drawing.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 340;                       // viewBox width
const PAD = 12;                          // space at the top, bottom and right
const TRUNK = 20;                        // x of the line through the stages
const LABEL = 44;                        // x where a stage's title starts
const BRANCH_NODE = 56;                  // x of a next step's circle
const BRANCH_LABEL = 72;                 // x where a next step's words start
const TITLE = { size: 17, line: 21 };
const SMALL = { size: 16, line: 20 };
const GAP = 16;                          // between two rows

let canvas = null;
/** The width of `text` in viewBox units, measured in the page's own font. */
function measure(text, size, weight) {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  ctx.font = `${weight} ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return ctx.measureText(text).width;
}

/** `text` cut into lines no wider than `width` (a word longer than the width gets a line of its own). */
function wrap(text, width, { size, weight = 400 }) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer, size, weight) > width) { lines.push(line); line = word; } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

function node(tag, attrs = {}, ...children) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) n.setAttribute(k, String(v));
  n.append(...children);
  return n;
}

/** Lines of text from (x, top): returns the <text> and the height it takes. */
function textBlock(lines, x, top, { size, line, weight = 400, cls = null }) {
  const text = node('text', { class: cls, 'font-size': size, 'font-weight': weight });
  lines.forEach((l, i) => text.append(node('tspan', { x, y: top + size + i * line }, l)));
  return { text, height: lines.length * line };
}

/**
 * The picture as an <svg> element.
 * stages: [{id, title}] in the order passed, the last one current; next: [{to, title, text}], the steps
 * that may come next with the title of the stage each leads to; words: {now, next} in the page's language.
 */
export function routePicture({ stages, next, words }) {
  const svg = node('svg', { class: 'route-picture', 'aria-hidden': 'true', focusable: 'false' });
  const back = node('g');
  const lines = node('g');
  const front = node('g');
  svg.append(back, lines, front);
  let y = PAD;
  let previous = null;
  stages.forEach((stage, i) => {
    const current = i === stages.length - 1;
    const weight = current ? 700 : 400;
    const title = textBlock(wrap(stage.title, WIDTH - LABEL - PAD, { size: TITLE.size, weight }), LABEL, y, { ...TITLE, weight, cls: 'title' });
    const cy = y + TITLE.size - 6;       // the middle of the first line
    const g = node('g', { class: current ? 'stage current' : 'stage passed', 'data-stage': stage.id });
    let height = title.height;
    if (current) {
      // Not by colour alone: a larger circle with a thick ring, and the words on a badge.
      const badgeWidth = measure(words.now, SMALL.size, 700) + 16;
      const badgeTop = y + height + 4;
      back.append(node('rect', { class: 'now-row', x: 2, y: y - 8, width: WIDTH - 4, height: height + 46, rx: 8 }));
      g.append(node('g', { class: 'badge' },
          node('rect', { x: LABEL, y: badgeTop, width: badgeWidth, height: 26, rx: 13 }),
          node('text', { x: LABEL + 8, y: badgeTop + 18, 'font-size': SMALL.size, 'font-weight': 700 }, words.now)),
        node('circle', { cx: TRUNK, cy, r: 11, 'stroke-width': 5 }));
      height += 34;
    } else {
      g.append(node('circle', { cx: TRUNK, cy, r: 7 }));
    }
    g.append(title.text);
    front.append(g);
    if (previous !== null) lines.append(node('line', { class: 'line', x1: TRUNK, y1: previous, x2: TRUNK, y2: cy, 'stroke-width': 3 }));
    previous = cy;
    y += height + GAP;
  });

  if (next.length) {
    const intro = textBlock(wrap(words.next, WIDTH - LABEL - PAD, SMALL), LABEL, y, { ...SMALL, cls: 'small' });
    front.append(intro.text);
    y += intro.height + 8;
    let last = previous;
    for (const step of next) {
      const width = WIDTH - BRANCH_LABEL - PAD;
      const title = textBlock(wrap(step.title, width, TITLE), BRANCH_LABEL, y, { ...TITLE, cls: 'title' });
      const text = textBlock(wrap(step.text, width, SMALL), BRANCH_LABEL, y + title.height + 2, { ...SMALL, cls: 'small' });
      const cy = y + TITLE.size - 6;
      lines.append(node('path', { class: 'line maybe', d: `M${TRUNK} ${cy}H${BRANCH_NODE - 7}`, 'stroke-width': 2.5 }));
      front.append(node('g', { class: 'branch', 'data-to': step.to },
        node('circle', { cx: BRANCH_NODE, cy, r: 7, 'stroke-width': 2.5 }), title.text, text.text));
      last = cy;
      y += title.height + 2 + text.height + GAP;
    }
    lines.append(node('line', { class: 'line maybe', x1: TRUNK, y1: previous, x2: TRUNK, y2: last, 'stroke-width': 2.5 }));
  }
  const height = Math.ceil(y - GAP + PAD);
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.setAttribute('width', WIDTH);
  svg.setAttribute('height', height);
  return svg;
}
