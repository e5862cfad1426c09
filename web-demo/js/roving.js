// SPDX-License-Identifier: EUPL-1.2
// One tab stop for a long list of buttons: Tab enters the list at its current item, the arrow keys,
// Home and End move between the items, and Tab again leaves for what follows.

/** items: the buttons' selector within `list`. Call after every change of the list. */
export function keepOneTabStop(list, selector) {
  const items = list.querySelectorAll(selector);
  let current = null;
  for (const item of items) {
    if (item.tabIndex === 0 && !current) current = item;
    else if (item.tabIndex !== -1) item.tabIndex = -1;
  }
  if (!current && items.length) items[0].tabIndex = 0;
}

export function makeRoving(list, selector) {
  list.addEventListener('focusin', (e) => {
    if (!e.target.matches(selector)) return;
    for (const item of list.querySelectorAll(`${selector}[tabindex="0"]`)) item.tabIndex = -1;
    e.target.tabIndex = 0;
  });
  list.addEventListener('keydown', (e) => {
    if (!e.target.matches(selector)) return;
    const items = [...list.querySelectorAll(selector)];
    const i = items.indexOf(e.target);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, to))].focus();
  });
}
