// SPDX-License-Identifier: EUPL-1.2
// Every native export is in the WebAssembly module, unless wasm/export-exceptions.txt says why not.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoDir, wasmDir, distDir } from './helpers.mjs';

const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

test('the module exports the native contract', async () => {
  const native = lines(await readFile(path.join(repoDir, 'abi/symbols.txt'), 'utf8'));
  const exceptions = new Map(lines(await readFile(path.join(wasmDir, 'export-exceptions.txt'), 'utf8'))
    .map((l) => l.split(/\t+/)));
  for (const [name, reason] of exceptions) assert.ok(reason && reason.length > 10, `${name} needs a written reason`);
  const { default: createHelderCore } = await import(path.join(distDir, 'helder-core.mjs'));
  const core = await createHelderCore({ wasmBinary: await readFile(path.join(distDir, 'helder-core.wasm')) });
  assert.ok(native.length > 0);
  for (const symbol of native) {
    if (exceptions.has(symbol)) continue;
    assert.equal(typeof core[`_${symbol}`], 'function', `${symbol} is exported natively but missing from the module`);
  }
});
