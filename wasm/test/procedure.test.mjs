// SPDX-License-Identifier: EUPL-1.2
// The procedure in the npm package: deadlines as dates, a child's procedure moved on by events
// (and refused, naming the missing safeguard), where it stands for one party, and bad input as
// HelderErrors with the library's status and message.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Helder, HelderError } from './helpers.mjs';

const h = await Helder.create();

// Applies the events in order, each of which must apply; returns the last answer.
function applyAll(instance, events, options) {
  let answer = { instance };
  for (const event of events) {
    answer = h.applyProcedureEvent(answer.instance, event, options);
    assert.equal(answer.applied, true, `${event.event} on ${event.date}: ${JSON.stringify(answer.refusal)}`);
  }
  return answer;
}

const stageOf = (answer, region) => answer.stages.find((s) => s.region === region);

test('the Hoge Raad case: three months from 29 February 2016 end on Monday 30 May 2016', () => {
  const d = h.procedureDeadline({ kind: 'hoger-beroep', from: '2016-02-29', party: 'requester', today: '2016-05-30' });
  assert.equal(d.kind, 'hoger-beroep');
  assert.equal(d.nominal_due, '2016-05-29');  // a Sunday
  assert.equal(d.due, '2016-05-30');
  assert.equal(d.atw_applies, true);
  assert.equal(d.days_left, 0);
  assert.equal(d.in_time, true);
  assert.match(d.basis, /Rv/);
  assert.ok(d.steps.some((s) => /30 mei 2016/.test(s.nl) && /Algemene termijnenwet/.test(s.nl)));
  // The same request as the exact JSON text of the C API, and as text for people.
  assert.deepEqual(JSON.parse(h.procedureDeadlineJson({ kind: 'hoger-beroep', from: '2016-02-29', party: 'requester', today: '2016-05-30' })), d);
  assert.match(h.procedureDeadline({ kind: 'hoger-beroep', from: '2016-02-29', party: 'requester', format: 'text' }), /30 mei 2016/);
});

test('deadlines of other kinds: an OTS is never moved past a weekend, the appeal warns without a party', () => {
  // 2 January 2027 is a Saturday: the duration of a measure is not extended (the Atw does not apply).
  const ots = h.procedureDeadline({ kind: 'ots', from: '2026-01-02', today: '2026-01-02' });
  assert.equal(ots.atw_applies, false);
  assert.equal(ots.due, ots.nominal_due);
  const appeal = h.procedureDeadline({ kind: 'hoger-beroep', from: '2026-03-02', today: '2026-03-02' });
  assert.equal(appeal.party, null);
  assert.ok(appeal.warnings.length > 0);
});

test('the shipped specifications are listed, and a new instance names the right id and version', () => {
  const list = h.procedureSpec();
  assert.deepEqual(list.specifications.map((s) => s.name).sort(), ['law', 'toekomstscenario']);
  const policy = list.specifications.find((s) => s.name === 'toekomstscenario');
  assert.equal(policy.kind, 'policy');
  const instance = h.newProcedureInstance({ spec: 'toekomstscenario', child: { id: 'noor', birthDate: '2017-05-04' } });
  assert.deepEqual(instance.spec, { id: policy.id, version: policy.version });
  assert.deepEqual(instance.child, { id: 'noor', birth_date: '2017-05-04' });
  assert.deepEqual(instance.events, []);
  assert.equal(instance.format_version, h.constants.procedure.instance_format);
  const law = h.procedureSpec('law');
  assert.equal(h.newProcedureInstance().spec.id, law.id);
});

test('spoed, then a hearing, then an OTS: refused while the child was not invited, applied once it was', () => {
  const start = h.newProcedureInstance({ spec: 'law', child: { id: 'daan', birthDate: '2012-03-01' } });
  let answer = applyAll(start, [
    { event: 'melding', date: '2026-01-05' },
    { event: 'spoedbeslissing', date: '2026-01-09' },
  ]);
  assert.equal(stageOf(answer, 'route').id, 'spoed');
  assert.equal(stageOf(answer, 'route').emergency, true);
  answer = applyAll(answer.instance, [{ event: 'zitting_gehouden', date: '2026-01-20', facts: { parents_heard: true } }]);
  assert.equal(stageOf(answer, 'route').id, 'zitting');

  // Daan is 13: the OTS needs him invited to give his view (809 Rv).
  const before = answer.instance;
  const refused = h.applyProcedureEvent(before, { event: 'beschikking_ots', date: '2026-01-21' });
  assert.equal(refused.applied, false);
  assert.equal(refused.refusal.code, 'guard_missing');
  assert.equal(refused.refusal.reasons.length, 1);
  assert.match(refused.refusal.reasons[0].nl, /Nodig het kind uit/);
  assert.match(refused.refusal.reasons[0].en, /not invited/);
  assert.deepEqual(refused.instance, before);  // a refusal leaves the instance as it was
  assert.equal(stageOf(refused, 'route').id, 'zitting');

  answer = applyAll(before, [
    { event: 'zitting_gehouden', date: '2026-01-21', facts: { child_invited: true } },
    { event: 'beschikking_ots', date: '2026-01-22' },
  ]);
  assert.equal(stageOf(answer, 'route').id, 'ots');
  assert.equal(stageOf(answer, 'route').compulsory, true);
  assert.equal(stageOf(answer, 'beroep').id, 'beroepstermijn');
  assert.equal(answer.instance.events.length, 5);

  const state = h.procedureState(answer.instance, { today: '2026-02-01' });
  const timers = Object.fromEntries(state.deadlines.map((d) => [d.timer, d]));
  assert.deepEqual(Object.keys(timers).sort(), ['hoger_beroep', 'ots']);
  assert.equal(timers.ots.from, '2026-01-22');
  assert.equal(timers.ots.due, h.procedureDeadline({ kind: 'ots', from: '2026-01-22', today: '2026-02-01' }).due);
  assert.equal(timers.hoger_beroep.days_left,
    h.procedureDeadline({ kind: 'hoger-beroep', from: '2026-01-22', today: '2026-02-01' }).days_left);
  assert.equal(state.facts.measure_in_force, true);
});

test('the Toekomstscenario refuses a measure without organised counter-review, and names it', () => {
  const start = h.newProcedureInstance({ spec: 'toekomstscenario', child: { birthDate: '2018-06-01' } });
  const answer = applyAll(start, [
    { event: 'hulp_start', date: '2026-02-02' },
    { event: 'veiligheidsteam_erbij', date: '2026-02-10' },
    { event: 'advocaat_aangeboden', date: '2026-02-11' },
    { event: 'clientondersteuning_aangeboden', date: '2026-02-11' },
    { event: 'verzoek_ingediend', date: '2026-02-12' },
    { event: 'zitting_gehouden', date: '2026-03-02', facts: { parents_heard: true } },
  ]);
  const refused = h.applyProcedureEvent(answer.instance, { event: 'beschikking_maatregel', date: '2026-03-03' });
  assert.equal(refused.applied, false);
  assert.equal(refused.refusal.code, 'guard_missing');
  // Only the counter-review is missing: the child is 7 (no invitation needed), counsel and support were offered.
  assert.equal(refused.refusal.reasons.length, 1);
  assert.match(refused.refusal.reasons[0].en, /critically reviewed/);
  const after = applyAll(answer.instance, [
    { event: 'tegenspraak', date: '2026-03-03' },
    { event: 'beschikking_maatregel', date: '2026-03-04' },
  ]);
  assert.equal(stageOf(after, 'route').id, 'maatregel');
});

test('a voorlopige OTS without a hearing ends on its own before the next event', () => {
  const start = h.newProcedureInstance({ child: { birthDate: '2015-09-09' } });
  const spoed = applyAll(start, [
    { event: 'melding', date: '2026-01-05' },
    { event: 'spoedbeslissing', date: '2026-01-09' },
  ]);
  const due = h.procedureState(spoed.instance, { today: '2026-01-09' }).deadlines.find((d) => d.timer === 'voorlopige_ots').due;
  const later = applyAll(spoed.instance, [{ event: 'klacht_ingediend', date: '2026-05-04' }]);
  assert.ok(due < '2026-05-04');
  assert.equal(stageOf(later, 'route').id, 'vrijwillige_hulp');
  assert.equal(stageOf(later, 'klacht').id, 'klacht_loopt');
  const state = h.procedureState(later.instance, { today: '2026-05-04' });
  assert.equal(state.facts.measure_in_force, false);
  assert.ok(!state.deadlines.some((d) => d.timer === 'voorlopige_ots' || d.timer === 'spoed_zitting'));
});

test('state for one party: only that party, with its rights and helpers for children', () => {
  const answer = applyAll(h.newProcedureInstance({ child: { birthDate: '2012-03-01' } }), [
    { event: 'melding', date: '2026-01-05' },
    { event: 'spoedbeslissing', date: '2026-01-09' },
  ]);
  const child = h.procedureState(answer.instance, { today: '2026-01-10', party: 'child_12_15' });
  assert.deepEqual(child.parties.map((p) => p.party), ['child_12_15']);
  assert.ok(child.parties[0].rights.length > 0);
  assert.ok(child.parties[0].helpers.some((x) => x.id === 'kinderrechtswinkel'));
  const parent = h.procedureState(answer.instance, { today: '2026-01-10', party: 'parent_with_gezag' });
  assert.ok(!parent.parties[0].helpers.some((x) => x.id === 'kinderrechtswinkel'));
  const everyone = h.procedureState(answer.instance, { today: '2026-01-10' });
  assert.equal(everyone.parties.length, 8);
  const steps = everyone.next_steps.map((s) => s.event);
  assert.ok(steps.includes('zitting_gehouden'));
});

test('bad input: an unknown event is refused; an impossible date, an unknown party, truncated JSON throw', () => {
  const instance = h.newProcedureInstance({ child: { birthDate: '2012-03-01' } });
  const unknown = h.applyProcedureEvent(instance, { event: 'heksenjacht', date: '2026-01-05' });
  assert.equal(unknown.applied, false);
  assert.equal(unknown.refusal.code, 'unknown_event');
  assert.match(unknown.refusal.reasons[0].en, /heksenjacht/);

  const invalidJson = (e) => e instanceof HelderError && e.code === 'E_INVALID_JSON' && e.status === h.constants.status.E_INVALID_JSON;
  assert.throws(() => h.applyProcedureEvent(instance, { event: 'melding', date: '2026-02-30' }),
    (e) => invalidJson(e) && /date/.test(e.message));
  assert.throws(() => h.procedureDeadline({ kind: 'ots', from: '2026-02-30' }), invalidJson);
  assert.throws(() => h.procedureDeadline({ kind: 'eeuwig', from: '2026-02-03' }), invalidJson);
  assert.throws(() => h.procedureState(instance, { party: 'buurman' }), (e) => invalidJson(e) && /party/.test(e.message));
  const text = JSON.stringify(instance);
  assert.throws(() => h.procedureState(text.slice(0, text.length - 7)), invalidJson);
  assert.throws(() => h.applyProcedureEvent(instance, '{"event":"melding","date":"2026-0'), invalidJson);
  assert.throws(() => h.procedureSpec('onbekend'), (e) => e instanceof HelderError && e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => h.newProcedureInstance({ spec: 'onbekend' }), (e) => e.code === 'E_INVALID_ARGUMENT');
  assert.throws(() => h.newProcedureInstance({ child: { birthDate: '2026-02-30' } }), (e) => invalidJson(e) && /birth_date/.test(e.message));
  // The module keeps working after errors.
  assert.equal(h.applyProcedureEvent(instance, { event: 'melding', date: '2026-01-05' }).applied, true);
});

test('a specification of your own is used instead of the shipped one', () => {
  const spec = h.procedureSpec('toekomstscenario');
  spec.version = 'eigen-1';
  const instance = { format: 'helder-procedure-instance', format_version: 1, spec: { id: spec.id, version: 'eigen-1' }, child: {}, events: [] };
  const answer = h.applyProcedureEvent(instance, { event: 'hulp_start', date: '2026-02-02' }, { spec });
  assert.equal(answer.spec.version, 'eigen-1');
  assert.equal(stageOf(answer, 'route').id, 'lokaal_team');
  assert.equal(h.procedureState(answer.instance, { spec: JSON.stringify(spec), today: '2026-02-02' }).spec.version, 'eigen-1');
  // Without it, the shipped specification does not know that version, and says so.
  const shipped = h.applyProcedureEvent(answer.instance, { event: 'hulp_klaar', date: '2026-02-03' });
  assert.equal(shipped.replayed_from_version, 'eigen-1');
});

test('verification: the shipped specifications hold, a broken one fails with its shortest path', () => {
  for (const name of ['law', 'toekomstscenario']) {
    const v = h.verifyProcedure(name);
    assert.equal(v.ok, true, name);
    assert.ok(v.states > 0 && v.properties.length > 0);
    assert.ok(v.properties.every((p) => p.ok));
  }
  // Without counter-review and counsel among the guards of the measure, the policy's own property fails.
  const spec = h.procedureSpec('toekomstscenario');
  spec.transitions.find((t) => t.event === 'beschikking_maatregel' && t.to === 'maatregel').guards = ['family_heard'];
  const broken = h.verifyProcedure(spec);
  assert.equal(broken.ok, false);
  const property = broken.properties.find((p) => p.id === 'safeguards_before_compulsion');
  assert.equal(property.ok, false);
  const path = property.findings.find((f) => f.path)?.path;
  assert.ok(path && path.length > 0);
  assert.equal(path.at(-1).event, 'beschikking_maatregel');
  assert.equal(typeof h.verifyProcedure('law', { format: 'text', language: 'en' }), 'string');
  assert.throws(() => h.verifyProcedure('law', { max_states: 2 }), (e) => e instanceof HelderError && e.code === 'E_TOO_LARGE');
  assert.throws(() => h.verifyProcedure('geen-specificatie'), (e) => e.code === 'E_INVALID_ARGUMENT');
});

test('pictures: Mermaid and dot of a specification, with an instance\'s stage highlighted', () => {
  const mermaid = h.renderProcedure('law', { format: 'mermaid', highlight: ['spoed'] });
  assert.match(mermaid, /flowchart/);
  assert.match(mermaid, /Snelle beslissing van de rechter/);  // the spoed stage, by its title
  assert.notEqual(mermaid, h.renderProcedure('law', { format: 'mermaid' }));
  assert.match(h.renderProcedure(h.procedureSpec('toekomstscenario'), { format: 'dot' }), /digraph/);
  assert.throws(() => h.renderProcedure('law', { format: 'mermaid', highlight: ['nergens'] }), (e) => e.code === 'E_INVALID_JSON');
});

test('a child\'s procedure from the dossier replays in the package', async () => {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { repoDir } = await import('./helpers.mjs');
  const dossier = await readFile(path.join(repoDir, 'examples/dossiers/familie-de-boer.json'), 'utf8');
  const built = h.procedureFromDossier(dossier, { child: 'daan', today: '2026-11-23' });
  assert.ok(built.instance.events.some((e) => e.event === 'beschikking_ots'));
  assert.ok(built.deadlines.some((d) => d.kind === 'measure_end' && d.due === '2027-05-11'));
  const state = h.procedureState(built.instance, { today: '2026-11-23', party: 'child_12_15' });
  assert.equal(state.stages.find((s) => s.region === 'route').compulsory, true);
  assert.throws(() => h.procedureFromDossier(dossier, { child: 'niemand' }), (e) => e.code === 'E_INVALID_JSON');
});

test('a dossier\'s recorded procedure events replay in the package, and an aanwijzing gives its 2-week deadline', async () => {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { repoDir } = await import('./helpers.mjs');
  const text = await readFile(path.join(repoDir, 'examples/dossiers/familie-de-boer-procedure.json'), 'utf8');
  const built = h.procedureFromDossier(text, { child: 'daan', today: '2026-10-05' });
  assert.equal(built.recorded.length, 1, 'one specification recorded');
  assert.equal(built.recorded[0].refused, null);
  const recorded = built.recorded[0].instance.events.map((e) => e.event);
  assert.deepEqual(recorded.slice(-2), ['hoger_beroep_ingesteld', 'aanwijzing_gegeven']);
  // Sent on 2 October 2026: the 2 weeks run from the day after, to 16 October.
  assert.ok(built.deadlines.some((d) => d.kind === 'vervallenverklaring-aanwijzing' && d.due === '2026-10-16'));
  // An event the specification does not know is refused with its position, not replayed past.
  const dossier = JSON.parse(text);
  dossier.procedure_events[2].event = 'bestaat_niet';
  const broken = h.procedureFromDossier(JSON.stringify(dossier), { child: 'daan', today: '2026-10-05' });
  assert.equal(broken.recorded[0].refused.position, 3);
  assert.equal(broken.recorded[0].refused.event, 'bestaat_niet');
});
