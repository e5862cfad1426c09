// SPDX-License-Identifier: EUPL-1.2
// The family dossier in WebAssembly: validation, and a store in memory with its rules.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Helder, HelderError, Store, asOfToday, distDir, repoDir } from './helpers.mjs';

const h = await Helder.create();
const example = await readFile(path.join(repoDir, 'examples/dossiers/familie-de-boer.json'), 'utf8');
const today = { today: '2026-11-23' };
const first = { expected_version: 0, author: 'joris', reason: 'start' };
const id = 'dossier-2025-0042';

test('validates a dossier given as text, bytes or an object', () => {
  for (const input of [example, new TextEncoder().encode(example), JSON.parse(example)]) {
    const report = h.validateDossier(input, today);
    assert.equal(report.status, 'valid');
    assert.equal(report.counts.handovers, 1);
    assert.equal(report.findings[0].rule, 'principle.handover');
    assert.equal(report.findings[0].pointer, '/professionals/1');
  }
});

test('bad dossiers get a report; bad options an error', () => {
  assert.equal(h.validateDossier('{"a":', today).status, 'not_json');
  assert.equal(h.validateDossier(new Uint8Array([0x7b, 0xff, 0x7d]), today).status, 'invalid_utf8');
  const tooLong = h.validateDossier(example.replace('"end": "2027-05-11"', '"end": "2027-09-11"'), today);
  const finding = tooLong.findings.find((f) => f.rule === 'time.measure_too_long');
  assert.equal(finding.source.article, 'art. 1:258 BW');
  assert.equal(new TextDecoder().decode(new TextEncoder().encode(example.replace('"end": "2027-05-11"', '"end": "2027-09-11"'))
    .subarray(finding.start, finding.end)), '"2027-09-11"');
  assert.throws(() => h.validateDossier(example, { today: 'gisteren' }), (e) => e instanceof HelderError && e.code === 'E_INVALID_JSON');
});

test('a store in memory keeps versions, refuses stale writes and applies the access rules', () => {
  const store = h.openStore();
  const dossier = asOfToday(example);  // the store's clock is the real one
  assert.equal(store.commit(dossier, first).version, 1);
  assert.throws(() => store.commit(dossier, first), (e) => e instanceof HelderError && e.code === 'E_CONFLICT');
  assert.equal(store.commit(dossier, { ...first, expected_version: 1, reason: 'again' }).version, 2);
  const history = store.history({ dossier_id: id, actor: { kind: 'professional', id: 'joris' } });
  assert.deepEqual(history.versions.map((v) => v.reason), ['start', 'again']);
  const daan = store.read({ dossier_id: id, actor: { kind: 'member', id: 'daan' } });
  assert.deepEqual(daan.dossier.household.members.map((m) => m.id), ['daan']);
  assert.ok(daan.withheld > 0);
  assert.throws(() => store.read({ dossier_id: id, actor: { kind: 'member', id: 'noor' } }),
    (e) => e.code === 'E_DENIED' && /12/.test(e.message));
  // A request cannot name its own time (since 1.3): Noor "in 2030" is refused as a request.
  assert.throws(() => store.read({ dossier_id: id, actor: { kind: 'member', id: 'noor' }, at: '2030-06-01' }),
    (e) => e.code === 'E_INVALID_JSON' && /"at" is not accepted/.test(e.message));
  // Eva's involvement is over, whatever she asks.
  assert.throws(() => store.read({ dossier_id: id, actor: { kind: 'professional', id: 'eva' } }), (e) => e.code === 'E_DENIED');
  const statement = store.addStatement({ dossier_id: id, by: 'sanne', kind: 'own_statement', text: 'Wij doen ons best.' });
  assert.equal(statement.version, 3);
  // The head a vendor keeps elsewhere: verify against it holds now, and a head from the future does not.
  assert.equal(store.verifyHead({ expected_head: statement.audit_head }).ok, true);
  const ahead = { seq: statement.audit_head.seq + 5, hash: statement.audit_head.hash };
  assert.equal(store.verifyHead({ expected_head: ahead }).ok, false);
  const letter = store.export({ dossier_id: id, actor: { kind: 'member', id: 'sanne' }, format: 'text' });
  assert.match(letter, /^Uw gegevens in het dossier van uw gezin/);
  assert.match(letter, /Wij doen ons best\./);
  assert.equal(store.export({ dossier_id: id, actor: { kind: 'member', id: 'daan' } }).person.id, 'daan');
  assert.equal(store.export({ dossier_id: id, actor: { kind: 'member', id: 'mark' }, person: 'daan' }).person.id, 'daan');
  // An export names who asks: a grandmother in the network gets no child's.
  assert.throws(() => store.export({ dossier_id: id, actor: { kind: 'member', id: 'ria' }, person: 'daan' }), (e) => e.code === 'E_DENIED');
  assert.equal(store.verify().ok, true);
  assert.equal(store.indicators().suppressed, true);
  // The example is an OTS dossier: a request to destroy needs review; nothing is destroyed.
  const review = store.requestDestruction({ dossier_id: id, requested_by: 'sanne' });
  assert.equal(review.outcome, 'needs_review');
  assert.equal(review.due.article, 'art. 7.3.9 Jw');
  assert.equal(store.destroy({ dossier_id: id, requested_by: 'sanne' }).outcome, 'needs_review');  // the old name
  assert.throws(() => store.requestDestruction({ dossier_id: id, requested_by: 'sanne', exception: { kind: 'statutory_rule', reason: 'x' } }),
    (e) => e.code === 'E_INVALID_JSON' && /exception/.test(e.message));
  assert.equal(store.read({ dossier_id: id, actor: { kind: 'professional', id: 'joris' } }).version, 3);
  assert.equal(store.verify().ok, true);
  store.delete();
});

test('closing: delete() is safe twice, deleting the context closes its stores, forgotten stores are collected', async () => {
  assert.equal(typeof globalThis.gc, 'function', 'run with --expose-gc');
  const before = Store.liveStores;
  const own = await Helder.create();
  const a = own.openStore(), b = own.openStore();
  assert.equal(Store.liveStores, before + 2);
  a.delete();
  a.delete();
  assert.equal(Store.liveStores, before + 1);
  own.delete();  // closes b first
  assert.equal(Store.liveStores, before);
  assert.throws(() => b.verify(), (e) => e instanceof HelderError && /closed/.test(e.message));
  (() => { h.openStore().commit(example, first); })();
  assert.equal(Store.liveStores, before + 1);
  for (let i = 0; i < 50 && Store.liveStores > before; ++i) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(Store.liveStores, before);
});

// Node 18 has Web Crypto only as the module node:crypto, not as the global `crypto`: the store's
// audit keys still get their secure random numbers there (a host with neither gets E_UNSUPPORTED).
test('a store works where the global crypto is missing, as in Node 18', async () => {
  const { execFile } = await import('node:child_process');
  const script = `
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
    const { Helder } = await import(${JSON.stringify(path.join(distDir, 'helder.mjs'))});
    const { asOfToday } = await import(${JSON.stringify(new URL('./helpers.mjs', import.meta.url).href)});
    const h = await Helder.create();
    const store = h.openStore();
    store.commit(asOfToday(${JSON.stringify(example)}), ${JSON.stringify(first)});
    const read = store.read({ dossier_id: ${JSON.stringify(id)}, actor: { kind: 'member', id: 'sanne' } });
    process.stdout.write(String(typeof globalThis.crypto) + ' ' + read.version);`;
  const out = await new Promise((resolve, reject) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], { env: process.env }, (err, stdout, stderr) =>
      (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))));
  assert.equal(out, 'undefined 1');
});
