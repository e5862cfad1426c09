// SPDX-License-Identifier: EUPL-1.2
// The list of findings beside the text: one button per finding (one tab stop for the whole list,
// the arrow keys move), the open one showing its explanation, plain words and actions. A long
// report has hundreds of findings: items of findings that stay are kept from one report to the
// next, and a new text gets its first items at once and the others a few at a time.
import { findingItem, findingDetail } from './write-panel.js';
import { makeRoving, keepOneTabStop } from './roving.js';

const ITEMS_AT_ONCE = 80;
const HEAD = '.finding-head';

export class FindingsList {
  #list;
  #panel;
  #adding = 0;
  #toAdd = null;     // {shown, from}: the items still to add
  #open = null;      // the id of the finding whose explanation is open
  #canAllow;

  /**
   * list: the <ul>; panel: the element that scrolls by itself on wide screens. findingOf(id) gives a
   * finding; onChoose(f) runs when a finding's button gets the focus; onAction(f, action, value)
   * when one of its actions is used ('apply' with the plain words, 'ignore', 'allow'); canAllow(f):
   * whether a finding's words may be allowed for the whole text.
   */
  constructor(list, panel, { findingOf, onChoose, onAction, canAllow }) {
    this.#list = list;
    this.#panel = panel;
    this.#canAllow = canAllow;
    const findingIn = (node) => findingOf(Number(node.closest('li.finding').dataset.finding));
    list.addEventListener('focusin', (e) => {
      const head = e.target.closest(HEAD);
      const f = head && findingIn(head);
      if (f) onChoose(f);
    });
    list.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      const f = button && findingIn(button);
      if (f) onAction(f, button.dataset.action, button.dataset.value);
    });
    makeRoving(list, HEAD);
  }

  get hasFocus() { return this.#list.contains(document.activeElement); }

  /** Shows `shown` (findings in text order), keeping the items that stay; rebuild: every item new. */
  draw(shown, { rebuild = false } = {}) {
    const list = this.#list;
    const drawn = new Map(rebuild ? [] : [...list.children].map((item) => [Number(item.dataset.finding), item]));
    clearTimeout(this.#adding);
    this.#toAdd = null;
    if (!drawn.size && shown.length > ITEMS_AT_ONCE) {
      list.replaceChildren(...shown.slice(0, ITEMS_AT_ONCE).map(findingItem));
      this.#toAdd = { shown, from: ITEMS_AT_ONCE };
      this.#adding = setTimeout(() => this.#addRest());
    } else {
      const items = shown.map((f) => drawn.get(f.id) ?? findingItem(f));
      if (items.length !== list.children.length || items.some((item, i) => item !== list.children[i])) list.replaceChildren(...items);
    }
    const open = shown.find((f) => f.id === this.#open);
    this.close();
    if (open) this.open(open);
    keepOneTabStop(list, HEAD);
  }

  /** Opens a finding's explanation (closing the one open); reveal: the list scrolls to it and Tab enters there. */
  open(f, { reveal = false } = {}) {
    this.close();
    this.#addAll();
    const item = this.#itemOf(f.id);
    if (!item) return;
    this.#open = f.id;
    const head = item.querySelector(HEAD);
    item.append(findingDetail(f, { canAllow: this.#canAllow(f) }));
    head.setAttribute('aria-controls', `fd-${f.id}`);
    head.setAttribute('aria-expanded', 'true');
    if (reveal) {
      for (const b of this.#list.querySelectorAll(`${HEAD}[tabindex="0"]`)) b.tabIndex = -1;
      head.tabIndex = 0;
      this.#reveal(item);
    }
  }

  close() {
    const item = this.#open == null ? null : this.#itemOf(this.#open);
    this.#open = null;
    if (!item) return;
    const head = item.querySelector(HEAD);
    head.setAttribute('aria-expanded', 'false');
    head.removeAttribute('aria-controls');
    item.querySelector('.finding-detail')?.remove();
  }

  /** Focuses the first of `shown` at or after `pos` (or the last one); false when there is none. */
  focusNear(shown, pos) {
    this.#addAll();
    const f = shown.find((x) => x.start >= pos) ?? shown[shown.length - 1];
    if (!f) return false;
    this.#itemOf(f.id).querySelector(HEAD).focus();
    return true;
  }

  #itemOf(id) { return this.#list.querySelector(`li[data-finding="${id}"]`); }

  #addRest(count = ITEMS_AT_ONCE) {
    const { shown, from } = this.#toAdd;
    this.#list.append(...shown.slice(from, from + count).map(findingItem));
    keepOneTabStop(this.#list, HEAD);
    this.#toAdd = from + count < shown.length ? { shown, from: from + count } : null;
    if (this.#toAdd) this.#adding = setTimeout(() => this.#addRest());
  }

  // Adds the items still to add now (before one of them is focused or opened).
  #addAll() {
    if (!this.#toAdd) return;
    clearTimeout(this.#adding);
    this.#addRest(Infinity);
  }

  // Scrolls the panel (not the page), where it scrolls by itself (wide screens), just enough for the
  // item to show in the part of the panel that is on screen.
  #reveal(item) {
    const panel = this.#panel;
    if (panel.scrollHeight <= panel.clientHeight + 1) return;
    const p = panel.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    const top = Math.max(p.top, 0) + 8;
    const bottom = Math.min(p.bottom, window.innerHeight) - 8;
    if (r.bottom > bottom) panel.scrollTop += Math.min(r.bottom - bottom, r.top - top);
    else if (r.top < top) panel.scrollTop -= top - r.top;
  }
}
