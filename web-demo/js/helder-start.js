// SPDX-License-Identifier: EUPL-1.2
// Starts helder as soon as the page begins: index.html runs this module on its own (async), so the
// WebAssembly module compiles while the rest of the page's scripts still load; app.js takes the
// context from here (the same module, run once).
export const helderReady = import('../vendor/helder/helder.mjs').then(({ Helder }) => Helder.create());
helderReady.catch(() => {});  // app.js reports a failure, once the texts can say so
