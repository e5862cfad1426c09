// SPDX-License-Identifier: EUPL-1.2
// Every Dutch text the page writes itself passes helder's own check: no error, B1 met.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Helder } from '../vendor/helder/helder.mjs';

const texts = JSON.parse(readFileSync(new URL('../texts.json', import.meta.url), 'utf8')).texts;

test('every text has Dutch and English', () => {
  for (const [id, v] of Object.entries(texts)) {
    assert.ok(v.nl?.trim() && v.en?.trim(), `${id} lacks a language`);
  }
});

test('every Dutch text passes helder\'s B1 check', async () => {
  const h = await Helder.create();
  try {
    const problems = [];
    for (const [id, v] of Object.entries(texts)) {
      const report = h.checkText(v.nl);
      const errors = report.findings.filter((f) => f.severity === 'error');
      if (errors.length || !report.meets_b1) {
        problems.push(`${id}: meets_b1=${report.meets_b1} ${report.b1.reasons.map((r) => r.code).join(',')} ${errors.map((f) => f.text).join(',')}`);
      }
    }
    assert.deepEqual(problems, []);
  } finally { h.delete(); }
});
