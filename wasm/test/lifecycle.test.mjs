// SPDX-License-Identifier: EUPL-1.2
// Both ways a context is released: delete(), and the FinalizationRegistry safety net.
// Run with node --expose-gc.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Helder, HelderError } from './helpers.mjs';

test('delete() releases the context at once and is safe twice', async () => {
  const before = Helder.liveContexts;
  const h = await Helder.create();
  const { status } = h.constants;
  assert.equal(Helder.liveContexts, before + 1);
  h.delete();
  assert.equal(Helder.liveContexts, before);
  h.delete();
  assert.equal(Helder.liveContexts, before);
  assert.throws(() => h.checkText('x'), (e) => e instanceof HelderError && /deleted/.test(e.message) &&
    e.code === 'E_INVALID_ARGUMENT' && e.status === status.E_INVALID_ARGUMENT);
});

test('a forgotten context is released by the garbage collector', async () => {
  assert.equal(typeof globalThis.gc, 'function', 'run with --expose-gc');
  const before = Helder.liveContexts;
  await (async () => {
    const forgotten = await Helder.create();
    forgotten.checkText('Een zin.');
  })();
  assert.equal(Helder.liveContexts, before + 1);
  for (let i = 0; i < 50 && Helder.liveContexts > before; ++i) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(Helder.liveContexts, before);
});
