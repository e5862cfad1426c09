#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Generates an XState v5 machine from a helder procedure specification (lib/data/procedure/*.json),
// the peer of the procedure benchmark (bench/peers/procedure_peers.mjs):
//   - each region of the specification is a region of one parallel state, each stage a state in it;
//   - each transition is an XState transition on its event from each of its "from" stages, with
//     the target stage (none when the stage stays) and its guards;
//   - guards are the specification's named guards (fact, all, any, not) evaluated over a context of
//     facts, with the facts the event states and the child's age on the event's date (from the
//     legal fact the specification names, read from lib/data/law/legal_facts.tsv);
//   - actions assign the facts the event states and the transition sets, and record which timers
//     run and from which day.
// What XState does not have is left out and said here: the legal calendar (a timer's due date, the
// Algemene termijnenwet) and the timers' own "expired:" events, which become ordinary events; and
// a region that cannot take an event simply does not move, where helder refuses the whole event.
// On a sequence where every event applies (the benchmark's), both take the same path.
//
// Usage as a program: node scripts/procedure-to-xstate.mjs SPEC.json   prints the machine config.
// As a module: createProcedureMachine(xstate, spec, {birthDate}) gives the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Legal facts with a number (ages, periods): id -> value.
function legalFactValues() {
  const values = {};
  for (const line of readFileSync(path.join(repoDir, 'lib/data/law/legal_facts.tsv'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [id, value] = line.split('\t');
    values[id] = Number(value);
  }
  return values;
}

// Whole years between two YYYY-MM-DD dates.
function ageOn(birth, date) {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The machine config (JSON-serialisable) and the guard definitions it refers to. */
export function procedureToXState(spec) {
  const regionOf = Object.fromEntries(spec.stages.map((s) => [s.id, s.region]));
  const states = {};
  for (const region of spec.regions) {
    const stages = {};
    for (const stage of spec.stages.filter((s) => s.region === region.id)) stages[stage.id] = { on: {} };
    states[region.id] = { initial: region.initial, states: stages };
  }
  for (const t of spec.transitions) {
    const from = list(t.from);
    const region = regionOf[from[0]];
    for (const stage of from) {
      const on = states[region].states[stage].on;
      (on[t.event] ??= []).push({
        ...(t.to ? { target: t.to } : {}),
        ...(t.guards?.length ? { guard: { type: 'specGuards', params: { guards: t.guards } } } : {}),
        actions: [{ type: 'applyTransition', params: { sets: t.sets ?? {}, start: t.start ?? [], stop: t.stop ?? [] } }],
      });
    }
  }
  return {
    config: {
      id: spec.id,
      type: 'parallel',
      context: ({ input }) => ({
        facts: Object.fromEntries(spec.facts.filter((f) => !f.age_at_least).map((f) => [f.id, false])),
        birthDate: input?.birthDate ?? null,
        timers: {},
      }),
      states,
    },
    guards: Object.fromEntries(spec.guards.map((g) => [g.id, g])),
  };
}

/** An XState machine for the specification; xstate is the imported xstate 5.x module. */
export function createProcedureMachine(xstate, spec) {
  const { config, guards } = procedureToXState(spec);
  const ages = legalFactValues();
  const ageFacts = Object.fromEntries(spec.facts.filter((f) => f.age_at_least).map((f) => [f.id, ages[f.age_at_least]]));
  // The facts as the guards see them on this event: the stored ones, what the event states, the age.
  const factsFor = (context, event) => {
    const facts = { ...context.facts, ...(event.facts ?? {}) };
    for (const [fact, age] of Object.entries(ageFacts))
      facts[fact] = context.birthDate != null && event.date != null && ageOn(context.birthDate, event.date) >= age;
    return facts;
  };
  const holds = (id, facts) => {
    const g = guards[id];
    if (g.fact) return facts[g.fact] === true;
    if (g.all) return g.all.every((c) => holds(c, facts));
    if (g.any) return g.any.some((c) => holds(c, facts));
    return !holds(g.not, facts);
  };
  return xstate.setup({
    guards: {
      specGuards: ({ context, event }, { guards: ids }) => {
        const facts = factsFor(context, event);
        return ids.every((id) => holds(id, facts));
      },
    },
    actions: {
      applyTransition: xstate.assign(({ context, event }, { sets, start, stop }) => {
        const facts = { ...context.facts, ...(event.facts ?? {}), ...sets };
        const timers = { ...context.timers };
        for (const t of stop) delete timers[t];
        for (const t of start) timers[t] = event.date;
        return { facts, timers };
      }),
    },
  }).createMachine(config);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specPath = process.argv[2];
  if (!specPath) {
    console.error('usage: node scripts/procedure-to-xstate.mjs SPEC.json');
    process.exit(2);
  }
  const { config } = procedureToXState(JSON.parse(readFileSync(specPath, 'utf8')));
  const { context, ...rest } = config;  // the context is a function of the input
  console.log(JSON.stringify(rest, null, 2));
}
