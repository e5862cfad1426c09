// Native and WebAssembly agree: the same vectors, the same option sets, byte-for-byte the same
// reports and error messages. The native half is tests/vectors/text_vectors.c.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Helder, repoDir } from './helpers.mjs';

const vectorDir = path.join(repoDir, 'tests/fuzz/corpus/text_check');
const optionSets = [
  '{}',
  '{"detail":true}',
  '{"spelling":false,"long_sentence_words":5,"long_word_letters":10}',
  '{"max_bytes":100}',
];

test('every vector gives the same bytes natively and in WebAssembly', async () => {
  assert.ok(process.env.HELDER_NATIVE_VECTORS, 'set HELDER_NATIVE_VECTORS to the native text_vectors program');
  const native = execFileSync(process.env.HELDER_NATIVE_VECTORS, ['/usr/share/hunspell/nl', vectorDir], {
    maxBuffer: 1 << 30,
  }).toString('utf8');
  const h = await Helder.create({ spelling: true });
  const names = (await readdir(vectorDir)).filter((n) => !n.startsWith('.')).sort();
  const lines = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(path.join(vectorDir, name)));
    for (const options of optionSets) {
      let status = 0, payload;
      try {
        payload = h.checkTextJson(bytes, options);
      } catch (e) {
        status = e.status;
        payload = e.message;
      }
      lines.push(`${name}\t${options}\t${status}\t${payload}\n`);
    }
  }
  h.delete();
  const wasm = lines.join('');
  const nativeLines = native.split('\n');
  const wasmLines = wasm.split('\n');
  assert.equal(wasmLines.length, nativeLines.length);
  for (let i = 0; i < nativeLines.length; ++i) assert.equal(wasmLines[i], nativeLines[i], `line ${i + 1} differs`);
  assert.ok(lines.length >= 40);
});
