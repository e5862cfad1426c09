// SPDX-License-Identifier: EUPL-1.2
// Terms with a plain explanation on focus and on hover. The terms and their explanations come from
// helder's own jargon list (the glossary), found by the text check itself, so that inflected forms
// are found too. Dutch texts only: the English texts of the library explain their terms in place.
import { el } from './dom.js';

export class Terms {
  constructor(helder) {
    this.helder = helder;
    this.found = new Map(); // text -> [{start, end, word, explanation}]
    this.shown = new Set(); // terms already marked in the current view: each once
    this.count = 0;
  }

  /** Starts a new view: every term may be marked again once. */
  reset() { this.shown.clear(); }

  termsIn(text) {
    if (!this.found.has(text)) {
      const findings = this.helder.checkText(text).findings
        .filter((f) => f.rule === 'jargon' && f.suggestions?.length && text.slice(f.start, f.end) === f.text)
        .map((f) => ({ start: f.start, end: f.end, word: f.text, explanations: f.suggestions }));
      this.found.set(text, findings);
    }
    return this.found.get(text);
  }

  /**
   * The text as nodes, the first mention of each term in this view marked with its explanation.
   * A child reads only explanations that do not say "u" or "uw".
   */
  mark(text, reader = 'adult') {
    const out = [];
    let at = 0;
    for (const term of this.termsIn(text)) {
      const key = term.word.toLowerCase();
      const explanation = term.explanations.find((x) => reader !== 'child' || !/\b[Uu]w?\b/.test(x));
      if (term.start < at || this.shown.has(key) || !explanation) continue;
      this.shown.add(key);
      const id = `term-${++this.count}`;
      out.push(text.slice(at, term.start),
        el('span', { class: 'term-wrap' },
          el('span', { class: 'term', tabindex: '0', 'aria-describedby': id }, term.word),
          el('span', { class: 'tip', id }, ` (${explanation})`)));
      at = term.end;
    }
    out.push(text.slice(at));
    return out;
  }
}
