// SPDX-License-Identifier: EUPL-1.2
// Keeps marks on their words while the writer types, until the next check has the new text.

/** The one edit that turns `before` into `after`: at `at`, `removed` characters became `added`. */
export function editBetween(before, after) {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at: head, removed: before.length - head - tail, added: after.length - head - tail };
}

/**
 * Moves ranges ({start, end}, changed in place) past an edit. A range the edit lies within
 * grows or shrinks with it when `stretches(range)` says so (a sentence, a phrase); any other range
 * the edit touches is gone (returns the ranges that remain).
 */
export function shiftRanges(ranges, { at, removed, added }, stretches) {
  const delta = added - removed;
  const kept = [];
  for (const r of ranges) {
    if (r.end <= at) kept.push(r);
    else if (r.start >= at + removed) { r.start += delta; r.end += delta; kept.push(r); }
    else if (stretches(r) && r.start <= at && r.end >= at + removed) { r.end += delta; kept.push(r); }
  }
  return kept;
}
