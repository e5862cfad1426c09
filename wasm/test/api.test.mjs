// SPDX-License-Identifier: EUPL-1.2
import test from 'node:test';
import assert from 'node:assert/strict';
import { Helder, HelderError } from './helpers.mjs';

const h = await Helder.create();

test('checks text and returns a plain report object', () => {
  const report = h.checkText('Middels deze brief informeren wij u over de ondertoezichtstelling.');
  assert.equal(report.format, 1);
  assert.equal(report.counts.sentences, 1);
  const rules = report.findings.map((f) => f.rule);
  assert.ok(rules.includes('officialese'));
  assert.ok(rules.includes('jargon'));
  const term = report.findings.find((f) => f.rule === 'jargon');
  assert.equal(term.text, 'ondertoezichtstelling');
  assert.ok(term.message.nl.length > 0 && term.message.en.length > 0);
});

test('offsets are UTF-8 bytes, as in C', () => {
  const text = 'Ideeën genoeg. Middels dit plan.';
  const f = h.checkText(text).findings.find((x) => x.rule === 'officialese');
  const bytes = new TextEncoder().encode(text);
  assert.equal(new TextDecoder().decode(bytes.subarray(f.start, f.end)), 'Middels');
  assert.notEqual(f.start, text.indexOf('Middels'));  // ë is two bytes
});

test('empty text gives a valid report', () => {
  const report = h.checkText('');
  assert.equal(report.counts.words, 0);
  assert.equal(report.scores.difficulty, null);
  assert.deepEqual(report.findings, []);
});

test('errors are exceptions with status, code and message', () => {
  assert.throws(() => h.checkText(new Uint8Array([0x61, 0x62, 0xff])), (e) =>
    e instanceof HelderError && e.status === h.constants.status.E_INVALID_UTF8 && e.code === 'E_INVALID_UTF8' &&
    /byte 2/.test(e.message));
  assert.throws(() => h.checkText('te lang', { max_bytes: 3 }), (e) => e.code === 'E_TOO_LARGE');
  assert.throws(() => h.checkText('x', { nonsense: 1 }), (e) => e.code === 'E_INVALID_JSON' && /nonsense/.test(e.message));
  assert.throws(() => h.checkText('x', '{'), (e) => e.code === 'E_INVALID_JSON');
});

test('options reach the checker', () => {
  const on = h.checkText('Het besluit werd genomen.');
  const off = h.checkText('Het besluit werd genomen.', { rules: { passive: false } });
  assert.ok(on.findings.some((f) => f.rule === 'passive'));
  assert.ok(!off.findings.some((f) => f.rule === 'passive'));
  const detail = h.checkText('Jan leest.', { detail: true });
  assert.deepEqual(detail.words.map((w) => w.syllables), [1, 1]);
});

test('constants and version come from the library', () => {
  assert.equal(h.constants.status.OK, 0);
  assert.equal(h.constants.severity.ERROR, 3);
  assert.match(h.version, /^\d+\.\d+\.\d+$/);
  assert.equal(h.version, h.constants.version.string);
});

test('constants give helder_text_source\'s layout and the dossier limits (the wrapper hard-codes neither)', () => {
  const layout = h.constants.text.source_struct;
  for (const field of ['uri', 'text', 'text_len', 'report_json', 'report_len']) {
    assert.ok(Number.isInteger(layout[field]) && layout[field] > 0 && layout[field] < layout.size, field);
  }
  assert.ok(layout.uri < layout.text && layout.text < layout.text_len && layout.text_len < layout.report_json &&
    layout.report_json < layout.report_len);
  const { dossier } = h.constants;
  assert.equal(dossier.format, 2);
  assert.ok(dossier.default_max_bytes > 0 && dossier.default_max_bytes <= dossier.max_bytes_limit && dossier.max_depth > 0);
});

test('renders text, JSON and SARIF', () => {
  const text = 'Middels deze brief.';
  const report = h.checkTextJson(text);
  const plain = h.renderText([{ uri: 'brief.txt', text, report }]);
  assert.match(plain.output, /brief\.txt:1:1:/);
  assert.equal(plain.highest, h.constants.severity.WARNING);
  const sarif = JSON.parse(h.renderText([{ uri: 'brief.txt', text, report }], { format: 'sarif' }).output);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].ruleId, 'officialese');
  assert.throws(() => h.renderText([{ text, report: '{"findings":[{"rule":1}]}' }]), (e) => e.code === 'E_INVALID_JSON');
});

test('renders dossier reports with renderDossiers, and each render refuses the other kind', () => {
  const dossier = '{"format_version": 1}';
  const report = h.validateDossierJson(dossier, { today: '2026-11-23' });
  const plain = h.renderDossiers([{ uri: 'gezin.json', text: dossier, report }], { language: 'en' });
  assert.match(plain.output, /gezin\.json: invalid, \d+ errors?, \d+ warnings?, \d+ handovers?\n/);
  assert.equal(plain.highest, h.constants.severity.ERROR);
  assert.throws(() => h.renderText([{ text: dossier, report }]), (e) => e.code === 'E_INVALID_JSON');
  const text = 'Middels deze brief.';
  assert.throws(() => h.renderDossiers([{ text, report: h.checkTextJson(text) }]), (e) => e.code === 'E_INVALID_JSON');
});

test('the dictionary loads only when spelling is asked for, and then finds mistakes', async () => {
  const without = h.checkText('De kinderrn spelen.');
  assert.ok(!without.rules_run.includes('spelling'));
  const speller = await Helder.create({ spelling: true });
  try {
    const report = speller.checkText('De kinderrn spelen.');
    const f = report.findings.find((x) => x.rule === 'spelling');
    assert.equal(f.text, 'kinderrn');
    assert.equal(f.suggestions[0], 'kinderen');
  } finally {
    speller.delete();
  }
});

test('context word lists', async () => {
  const custom = await Helder.create({ accept_words: ['ondertoezichtstelling'] });
  try {
    assert.ok(!custom.checkText('De ondertoezichtstelling.').findings.some((f) => f.rule === 'jargon'));
  } finally {
    custom.delete();
  }
  await assert.rejects(Helder.create({ accept_words: [1] }), (e) => e.code === 'E_INVALID_JSON');
});
