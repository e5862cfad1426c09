// SPDX-License-Identifier: EUPL-1.2
// Every error a caller or the machine can cause reaches JavaScript as a HelderError with the
// library's status code and message, as natively, and the same module keeps working afterwards:
// a damaged or full store file, running out of memory, input over the size limit. (Before the
// module caught C++ exceptions, a SQLite error left it as a bare number; docs/wasm.md.)
//
// The npm API opens stores in memory only. To reach the errors of a store *file*, the package's
// own files are loaded from a temporary folder through a stand-in for helder-core.mjs that
// hands the test the module (its file system, FS) and lets it name the file that
// helder_store_open opens; the wrapper and the C code are the package's, unchanged.
// Out of memory uses helder-core-lowmem (the same objects linked with at most 48 MB of memory;
// built beside the package's module, not shipped): HELDER_WASM_LOWMEM_DIR, or build/wasm/wasm.
import test from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { asOfToday, distDir, repoDir } from './helpers.mjs';

const lowmemDir = process.env.HELDER_WASM_LOWMEM_DIR ?? path.join(repoDir, 'build/wasm/wasm');
const folders = [];
test.after(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

const standIn = `import createReal from './helder-core-real.mjs';
export const cores = [];
export default async function createHelderCore(options) {
  const core = await createReal(options);
  // Emscripten 3.1.6 rebinds Module._name to the raw export on the first call: keep the stand-in.
  let open = core._helder_store_open;
  core.testStorePath = null;
  const redirected = (ctx, path, options, optionsLen, out) => {
    if (core.testStorePath == null) return open(ctx, path, options, optionsLen, out);
    const size = core.lengthBytesUTF8(core.testStorePath) + 1;
    const p = core._malloc(size);
    core.stringToUTF8(core.testStorePath, p, size);
    try { return open(ctx, p, options, optionsLen, out); } finally { core._free(p); }
  };
  Object.defineProperty(core, '_helder_store_open', { get: () => redirected, set: (f) => { open = f; } });
  cores.push(core);
  return core;
}
`;

// The package's helder.mjs over the given module, loaded fresh (its own realm-wide module).
async function loadPackage(coreMjs, coreWasm) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helder-errors-'));
  folders.push(dir);
  await copyFile(path.join(distDir, 'helder.mjs'), path.join(dir, 'helder.mjs'));
  await copyFile(coreMjs, path.join(dir, 'helder-core-real.mjs'));
  await copyFile(coreWasm, path.join(dir, 'helder-core.wasm'));
  await writeFile(path.join(dir, 'helder-core.mjs'), standIn);
  const wrapper = await import(pathToFileURL(path.join(dir, 'helder.mjs')));
  const h = await wrapper.Helder.create();
  const { cores } = await import(pathToFileURL(path.join(dir, 'helder-core.mjs')));
  return { ...wrapper, h, core: cores[0] };
}

const pkg = await loadPackage(path.join(distDir, 'helder-core.mjs'), path.join(distDir, 'helder-core.wasm'));
// Moved to today: the store takes the real time.
const example = asOfToday(await readFile(path.join(repoDir, 'examples/dossiers/familie-de-boer.json'), 'utf8'));
const id = 'dossier-2025-0042';
const commitRequest = (version) => ({ expected_version: version, author: 'joris', reason: `version ${version + 1}` });
const readRequest = { dossier_id: id, actor: { kind: 'professional', id: 'joris' } };

// fn throws a HelderError of that code, its status number and a message (matching pattern).
function assertError({ HelderError, h }, fn, code, pattern) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof HelderError, `a HelderError, not ${e?.constructor?.name}: ${e}`);
    assert.equal(e.code, code, e.message);
    assert.equal(e.status, h.constants.status[code]);
    assert.ok(typeof e.message === 'string' && e.message.length > 0, 'a message');
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

// The module still checks text and keeps a store in memory.
function assertStillWorks({ h }) {
  const report = h.checkText('Middels deze brief informeren wij u.');
  assert.ok(report.findings.some((f) => f.rule === 'officialese'));
  const store = h.openStore();
  try {
    assert.equal(store.commit(example, commitRequest(0)).version, 1);
    assert.equal(store.read(readRequest).version, 1);
  } finally {
    store.delete();
  }
}

// Opens a store on a file of the module's file system.
function openFile({ h, core }, file) {
  core.testStorePath = file;
  try {
    return h.openStore();
  } finally {
    core.testStorePath = null;
  }
}

// A store file with one committed version, as bytes.
function storeFileBytes(p, file) {
  const store = openFile(p, file);
  store.commit(example, commitRequest(0));
  store.delete();  // the last connection: SQLite moves the WAL into the file
  return p.core.FS.readFile(file);
}

test('a store file that is not SQLite gives E_CORRUPT with a message; the module keeps working', () => {
  const { FS } = pkg.core;
  FS.mkdirTree('/damaged');
  FS.writeFile('/damaged/garbage.db', new Uint8Array(8192).fill(0x41));
  assertError(pkg, () => openFile(pkg, '/damaged/garbage.db'), 'E_CORRUPT', /not a database/);
  // A valid file whose header names an impossible page size.
  const bytes = storeFileBytes(pkg, '/damaged/good.db');
  const header = bytes.slice();
  header[16] = 0x12;
  header[17] = 0x34;
  FS.writeFile('/damaged/header.db', header);
  assertError(pkg, () => openFile(pkg, '/damaged/header.db'), 'E_CORRUPT', /not a database/);
  assertStillWorks(pkg);
});

test('a store file with a damaged page gives E_CORRUPT when it is opened or read; the module keeps working', () => {
  const { FS } = pkg.core;
  FS.mkdirTree('/pages');
  const bytes = storeFileBytes(pkg, '/pages/good.db');
  const pageSize = (bytes[16] << 8) | bytes[17];
  assert.ok(pageSize >= 512 && bytes.length % pageSize === 0);
  const seen = { open: 0, read: 0 };
  for (let page = 1; page * pageSize < bytes.length; ++page) {  // page 0 holds the header
    const damaged = bytes.slice();
    damaged.fill(0xa5, page * pageSize, (page + 1) * pageSize);
    FS.writeFile('/pages/damaged.db', damaged);
    let store;
    try {
      store = openFile(pkg, '/pages/damaged.db');
    } catch (e) {
      assertError(pkg, () => { throw e; }, 'E_CORRUPT', /malformed/);
      seen.open += 1;
      continue;
    }
    try {
      // A damaged table behind the open: the error comes from deep inside a store operation.
      store.read(readRequest);
    } catch (e) {
      // SQLite's own check (thrown below the C boundary), or helder's on a stored version.
      assertError(pkg, () => { throw e; }, 'E_CORRUPT', /malformed|not readable/);
      if (/malformed/.test(e.message)) seen.read += 1;
    } finally {
      store.delete();
    }
  }
  assert.ok(seen.open > 0, 'some damaged page is found when the store opens');
  assert.ok(seen.read > 0, 'some damaged page is found by SQLite during a read');
  assertStillWorks(pkg);
});

test('a full store file gives E_IO "database or disk is full"; with room again the store goes on', () => {
  const { FS } = pkg.core;
  FS.mkdirTree('/full');
  FS.writeFile('/full/probe', '');
  // A quota of 192 KiB per file in /full (the store and its write-ahead log, which holds a first
  // commit and the members' secrets of the audit keys): MEMFS refuses a write past it as a full
  // disk (ENOSPC).
  const ENOSPC = 51;  // WASI's number, which Emscripten's libc uses
  const ops = FS.lookupPath('/full/probe').node.stream_ops;  // shared by every MEMFS file
  const write = ops.write;
  ops.write = function quota(stream, buffer, offset, length, position, canOwn) {
    if (FS.getPath(stream.node).startsWith('/full/') && position + length > 192 * 1024) throw new FS.ErrnoError(ENOSPC);
    return write.call(this, stream, buffer, offset, length, position, canOwn);
  };
  let store;
  try {
    store = openFile(pkg, '/full/store.db');
    let version = 0;
    assertError(pkg, () => {
      for (; version < 1000; ++version) store.commit(example, commitRequest(version));
    }, 'E_IO', /database or disk is full/);
    assert.ok(version >= 1 && version < 1000, `full after ${version} commits`);
    assert.equal(store.verify().ok, true);  // what was committed is intact
    ops.write = write;
    assert.equal(store.commit(example, commitRequest(version)).version, version + 1);
  } finally {
    ops.write = write;
    store?.delete();
  }
  assertStillWorks(pkg);
});

test('text over max_bytes gives E_TOO_LARGE (the default limit from the constants, and a lower one)', () => {
  const limit = pkg.h.constants.text.default_max_bytes;
  const text = new Uint8Array(limit + 1).fill(0x61);
  assertError(pkg, () => pkg.h.checkTextJson(text), 'E_TOO_LARGE', new RegExp(`${limit + 1} bytes exceeds the limit of ${limit}`));
  assertError(pkg, () => pkg.h.checkTextJson('Een zin van meer dan tien bytes.', { max_bytes: 10 }), 'E_TOO_LARGE', /limit of 10/);
  // A dossier over its limit is a report, as natively (status "too_large"), not an error.
  const big = new Uint8Array(pkg.h.constants.dossier.default_max_bytes + 1).fill(0x20);
  assert.equal(pkg.h.validateDossier(big, { today: '2026-11-23' }).status, 'too_large');
  assertStillWorks(pkg);
});

test('out of memory: a text check, an input and a store in memory give E_NO_MEMORY; the module keeps working', async () => {
  const low = await loadPackage(path.join(lowmemDir, 'helder-core-lowmem.mjs'), path.join(lowmemDir, 'helder-core-lowmem.wasm'));
  const max = low.core.HEAPU8.length;
  const unit = 'Middels deze brief informeren wij u over de ondertoezichtstelling van uw kind. ';
  // 4 MB of text fits in the 48 MB module and is within max_bytes, but checking it needs more.
  assertError(low, () => low.h.checkTextJson(unit.repeat((4 << 20) / unit.length)), 'E_NO_MEMORY', /out of memory/);
  assertStillWorks(low);
  // Input that does not fit at all: the wrapper's malloc gets NULL.
  assertError(low, () => low.h.checkTextJson(new Uint8Array(64 << 20).fill(0x61)), 'E_NO_MEMORY', /out of memory/);
  assertStillWorks(low);
  // A store in memory that fills the module: SQLite or operator new runs out.
  const store = low.h.openStore();
  let version = 0;
  assertError(low, () => {
    for (; version < 100000; ++version) store.commit(example, commitRequest(version));
  }, 'E_NO_MEMORY', /out of memory/);
  assert.ok(version > 10, `out of memory after ${version} commits`);
  store.delete();  // gives its memory back
  assertStillWorks(low);
  assert.ok(low.core.HEAPU8.length <= 48 << 20 && max <= 48 << 20, 'the module stayed within its 48 MB');
});
