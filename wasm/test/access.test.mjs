// SPDX-License-Identifier: EUPL-1.2
// The access matrix in WebAssembly: the same household and the same expectations as the native
// test (tests/data/access/), through viewDossier.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Helder, HelderError, repoDir } from './helpers.mjs';

const h = await Helder.create();
const on = '2026-11-23';
const template = await readFile(path.join(repoDir, 'tests/data/access/household.json'), 'utf8');
const matrix = (await readFile(path.join(repoDir, 'tests/data/access/matrix.tsv'), 'utf8'))
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

// "@-15y-40d": a date relative to `base`, years and months first, then days (as the native test).
function relative(base, spec) {
  const [y, m, d] = base.split('-').map(Number);
  let months = y * 12 + (m - 1);
  let days = 0;
  for (const [, n, unit] of spec.matchAll(/([+-]\d+)([ymd])/g)) {
    if (unit === 'y') months += 12 * Number(n);
    else if (unit === 'm') months += Number(n);
    else days += Number(n);
  }
  const year = Math.floor(months / 12), month = months % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, last)) + days * 86400000);
  return date.toISOString().slice(0, 10);
}

const dossier = template.replace(/"@([^"]*)"/g, (_, spec) => `"${relative(on, spec)}"`);
const ids = (text) => new Set((text || '').split(',').filter(Boolean));

function seen(view) {
  const items = new Set(), parts = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof v.id === 'string') {
        items.add(v.id);
        if (v.withheld === true) parts.add(v.id);
      }
      Object.values(v).forEach(walk);
    }
  };
  for (const [key, value] of Object.entries(view)) if (!['household', 'professionals', 'id'].includes(key)) walk(value);
  return { items, parts, members: new Set((view.household?.members ?? []).map((m) => m.id)),
    professionals: new Set((view.professionals ?? []).map((p) => p.id)) };
}

for (const [kind, id, items, parts, members, professionals] of matrix) {
  test(`${kind} ${id} sees what the table allows`, () => {
    const request = { reader: { kind, id }, date: on };
    if (items === 'denied') {
      assert.throws(() => h.viewDossier(dossier, request), (e) => e instanceof HelderError && e.code === 'E_DENIED');
      return;
    }
    const view = h.viewDossier(dossier, request);
    const got = seen(view.dossier);
    assert.deepEqual(got.items, ids(items));
    assert.deepEqual(got.parts, ids(parts));
    assert.deepEqual(got.members, ids(members));
    assert.deepEqual(got.professionals, ids(professionals));
    for (const w of view.withheld) assert.ok(w.message.nl && w.message.en && w.article);
  });
}

test('the network member never reads the household-wide fact', () => {
  const view = JSON.stringify(h.viewDossier(dossier, { reader: { kind: 'member', id: 'oma' }, date: on }));
  assert.ok(!view.includes('Vader sloeg moeder'));
});

// Through the store in WebAssembly, at the store's clock (the real time): the household dated from
// today, read as every person of the matrix, and exports as the one who asks may see them.
const today = new Date().toISOString().slice(0, 10);
const current = template.replace(/"@([^"]*)"/g, (_, spec) => `"${relative(today, spec)}"`);
const store = h.openStore();
store.commit(current, { expected_version: 0, author: 'vast', reason: 'start' });
const storeId = 'dossier-access-matrix';

for (const [kind, id, items, parts, members, professionals] of matrix) {
  test(`the store reads as ${kind} ${id} what the table allows`, () => {
    const request = { dossier_id: storeId, actor: { kind, id } };
    if (items === 'denied') {
      assert.throws(() => store.read(request), (e) => e instanceof HelderError && e.code === 'E_DENIED');
      return;
    }
    const answer = store.read(request);
    const got = seen(answer.dossier);
    assert.deepEqual(got.items, ids(items));
    assert.deepEqual(got.parts, ids(parts));
    assert.deepEqual(got.members, ids(members));
    assert.deepEqual(got.professionals, ids(professionals));
  });
}

test('exports in the store go to the person, a parent with gezag and the fixed professional only', () => {
  const exp = (actor, person) => store.export({ dossier_id: storeId, actor, person });
  assert.throws(() => exp({ kind: 'member', id: 'oma' }, 'moeder'), (e) => e.code === 'E_DENIED');
  assert.throws(() => exp({ kind: 'member', id: 'kind9' }, 'kind9'), (e) => e.code === 'E_DENIED');
  assert.throws(() => exp({ kind: 'professional', id: 'verslaving' }, 'stiefvader'), (e) => e.code === 'E_DENIED');
  const own = exp({ kind: 'member', id: 'moeder' }, 'moeder');
  const text = JSON.stringify(own);
  assert.ok(!text.includes('Kind zestien wil hulp zonder moeder'));
  assert.ok(text.includes('Moeder vindt het goed'));
  assert.ok(own.readers.some((r) => r.actor === 'professional:vast'));
  assert.ok(exp({ kind: 'member', id: 'moeder' }, 'kind9').items.length > 0);
});
