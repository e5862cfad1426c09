// SPDX-License-Identifier: EUPL-1.2
// The letters in the npm package: each letter in Dutch with its English reading aid, the last day
// of the aanwijzing letter as procedureDeadline() counts it, who is offered which letter, and the
// refusals and bad requests as HelderErrors with the library's status and message.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Helder, HelderError } from './helpers.mjs';

const h = await Helder.create();

const person = {
  date: '2026-12-21',
  sender: { name: 'Anna de Boer', address: 'Dorpsstraat 1\n1234 AB Ergens' },
  organisation: { name: 'Jeugdbescherming Noord' },
  court: { name: 'Rechtbank Noord-Nederland' },
  child: { name: 'Sara de Boer', birth_date: '2013-05-04' },
};

test('every letter a parent with gezag may send comes in Dutch with an English reading aid', () => {
  const list = h.letters({ party: 'parent_with_gezag' });
  assert.deepEqual(list.letters.map((l) => l.id), ['inzage', 'correctie', 'klacht', 'vervallenverklaring', 'verweerschrift']);
  for (const l of list.letters) {
    assert.equal(l.offered, true, l.id);
    const d = h.letter({ letter: l.id, party: 'parent_with_gezag', ...person });
    assert.equal(d.letter, l.id);
    assert.match(d.text.nl, /^Anna de Boer\nDorpsstraat 1\n1234 AB Ergens\n/);
    assert.match(d.text.nl, /Met vriendelijke groet,/);
    assert.match(d.text.en, /Kind regards,/);
    assert.match(d.text.nl, /21 december 2026/);
    assert.match(d.text.en, /21 December 2026/);
    // The same answer as the exact JSON text of the C API.
    assert.deepEqual(JSON.parse(h.letterJson({ letter: l.id, party: 'parent_with_gezag', ...person })), d);
  }
});

test('the aanwijzing letter states the last day procedureDeadline() gives, past a holiday and a weekend', () => {
  // Two weeks after Friday 18 December 2026 is New Year's Day; the last day moves to Monday 4 January 2027.
  const d = h.letter({ letter: 'vervallenverklaring', party: 'child_12_15', ...person, directive_date: '2026-12-18' });
  const deadline = h.procedureDeadline({ kind: 'vervallenverklaring-aanwijzing', from: '2026-12-18', today: person.date });
  assert.equal(deadline.due, '2027-01-04');
  assert.equal(d.deadline.due, deadline.due);
  assert.deepEqual(d.deadline.steps, deadline.steps);
  assert.match(d.text.nl, /De laatste dag om dit te vragen is maandag 4 januari 2027\./);
  assert.match(d.text.en, /Monday 4 January 2027/);
  assert.match(d.text.nl, /art\. 1:264 BW/);
  assert.ok(d.notes.some((n) => n.id === 'deadline_due' && /4 januari 2027/.test(n.nl)));
});

test('only a parent with gezag or a child of 12 or older is offered the aanwijzing letter', () => {
  for (const party of ['parent_without_gezag', 'foster_parent', 'child_under_12', 'young_adult', 'other_adult']) {
    const l = h.letters({ party }).letters.find((x) => x.id === 'vervallenverklaring');
    assert.equal(l.offered, false, party);
    assert.ok(l.refusal.nl.length > 10 && l.refusal.en.length > 10);
    assert.throws(() => h.letter({ letter: 'vervallenverklaring', party }),
      (e) => e instanceof HelderError && e.code === 'E_DENIED' && / \[nl\] /.test(e.message) && /1:264 BW/.test(e.message));
  }
  assert.deepEqual(h.letters().letters.find((x) => x.id === 'vervallenverklaring').parties,
    ['parent_with_gezag', 'child_12_15', 'child_16_17']);
});

test('what the person does not give is a marked blank, and the law that is not confirmed says so', () => {
  const d = h.letter({ letter: 'inzage', party: 'child_16_17' });
  assert.match(d.text.nl, /\[je naam\]/);
  assert.match(d.text.en, /\[your name\]/);
  assert.equal(d.blanks[0], 'sender.name');
  const avg = d.law.find((x) => x.fact === 'avg_access');
  assert.equal(avg.label, 'UNVERIFIED');
  assert.match(avg.note.nl, /AVG art\. 15\. Dit is niet zeker/);
});

test('bad requests are HelderErrors with the library status', () => {
  const code = (fn) => { try { fn(); } catch (e) { assert.ok(e instanceof HelderError); return e.code; } return 'OK'; };
  assert.equal(code(() => h.letter({ letter: 'brief', party: 'other_adult' })), 'E_INVALID_JSON');
  assert.equal(code(() => h.letter({ letter: 'klacht', party: 'buurman' })), 'E_INVALID_JSON');
  assert.equal(code(() => h.letter({ letter: 'klacht', party: 'other_adult', date: '2026-02-30' })), 'E_INVALID_JSON');
  assert.equal(code(() => h.letterJson(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]))), 'E_INVALID_UTF8');
  assert.equal(code(() => h.letters({ party: 'judge' })), 'E_INVALID_JSON');
});
