// SPDX-License-Identifier: EUPL-1.2
// "Mijn rechten": from a person's answers to the events of the law specification, and from there
// to the route, the rights, the helpers and the deadlines — all from helder's public API.
// No DOM here, so that the same code runs in Node.

/** Situations the page offers, in the order they happen, each with the date it may carry. */
export const SITUATIONS = ['melding', 'raad', 'spoed', 'ots', 'uhp', 'aanwijzing'];
export const DATED = ['spoed', 'ots', 'aanwijzing'];

/** The parties who read the page themselves as a child: the texts then say "je". A child under 12 is shown through a parent. */
export const CHILD_READERS = new Set(['child_12_15', 'child_16_17']);

/** Who may ask the court to void a written directive (art. 1:264 BW): a parent with gezag, a child of 12+. */
const MAY_VOID_DIRECTIVE = new Set(['parent_with_gezag', 'child_12_15', 'child_16_17']);

/** The party of art. 806 Rv for the appeal period: a parent or foster parent in the case is sent a copy. */
const APPEAL_PARTY = { parent_with_gezag: 'copy', parent_without_gezag: 'copy', foster_parent: 'copy' };

/** "YYYY-MM-DD" from day, month and year fields, or null when all are empty; throws 'date' when wrong. */
export function isoDate(day, month, year) {
  const [d, m, y] = [day, month, year].map((s) => String(s ?? '').trim());
  if (!d && !m && !y) return null;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) throw new Error('date');
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso || Number(y) < 1990 || Number(y) > 2100) {
    throw new Error('date');
  }
  return iso;
}

/** Today in the person's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * answers: {party, situations: Set, dates: {spoed, ots, aanwijzing}} (dates ISO or null).
 * Returns {errors: [codes]} or {steps: [{event, date, facts?}]}.
 */
export function buildEvents(answers, today) {
  const has = (s) => answers.situations.has(s);
  const errors = [];
  if (!answers.party) errors.push('err_who');
  if (has('aanwijzing') && !has('ots') && !has('spoed')) errors.push('err_aanwijzing');
  if (has('uhp') && !has('ots')) errors.push('err_uhp');
  const known = DATED.filter((k) => has(k) && answers.dates[k]).map((k) => answers.dates[k]);
  if (known.some((d, i) => i > 0 && d < known[i - 1])) errors.push('err_order');
  if (errors.length) return { errors };

  const steps = [];
  const add = (event, key = null, facts = undefined) => steps.push({ event, key, facts });
  if (has('melding') || (has('spoed') && !has('raad'))) add('melding');
  if (has('raad') || (has('ots') && !has('spoed'))) { add('raad_gevraagd'); add('raadsonderzoek_start'); }
  if (has('spoed')) add('spoedbeslissing', 'spoed');
  if (has('ots')) {
    if (!has('spoed')) add('verzoek_ingediend', 'ots');
    add('zitting_gehouden', 'ots', { parents_heard: true, child_invited: true });
    // A placement elsewhere is authorised in the same decision (art. 1:265b BW), and the child lives there now.
    add(has('uhp') ? 'beschikking_ots_uhp' : 'beschikking_ots', 'ots');
    if (has('uhp')) add('uithuisplaatsing_uitgevoerd', 'ots');
  }
  if (has('aanwijzing')) add('aanwijzing_gegeven', 'aanwijzing');

  // Each event gets its own date when known; the others the next known date (they came before it),
  // else the last known one, else today. The engine only needs the order to hold.
  let next = null;
  for (let i = steps.length - 1; i >= 0; i--) {
    const own = steps[i].key && answers.dates[steps[i].key];
    if (own) next = own;
    steps[i].date = own || next;
  }
  let last = null;
  for (const s of steps) { if (!s.date) s.date = last ?? today; last = s.date; }
  return { steps: steps.map(({ event, date, facts }) => (facts ? { event, date, facts } : { event, date })) };
}

function deadlineRequests(answers, today) {
  const out = [];
  const { dates, situations, party } = answers;
  // A deadline counts from the date of its own situation, or of the decision it came with (dateOf).
  const push = (key, title, kind, extra = {}, dateOf = key) => {
    if (!situations.has(key)) return;
    out.push({ key, title, request: dates[dateOf] ? { kind, from: dates[dateOf], today, ...extra } : null, ...extra.note ? { note: extra.note } : {} });
  };
  push('spoed', 'dl_spoed_zitting', 'spoed-zitting');
  push('spoed', 'dl_voorlopige_ots', 'voorlopige-ots');
  push('ots', 'dl_hoger_beroep', 'hoger-beroep', APPEAL_PARTY[party] ? { party: APPEAL_PARTY[party] } : {});
  push('ots', 'dl_ots', 'ots');
  push('uhp', 'dl_muhp', 'muhp', {}, 'ots');
  push('aanwijzing', 'dl_aanwijzing', 'vervallenverklaring-aanwijzing');
  for (const d of out) {
    if (d.request) delete d.request.note;
    if (d.key === 'aanwijzing' && !MAY_VOID_DIRECTIVE.has(party)) d.note = 'r_only_some';
  }
  return out;
}

/** The list of parties, each {party, title: {nl, en}}, from the package's own answer. */
export function parties(h) {
  const state = h.procedureState(h.newProcedureInstance({ spec: 'law' }));
  return state.parties.map(({ party, title }) => ({ party, title }));
}

/**
 * Everything the result view shows, as data with Dutch and English words.
 * Returns {errors} for answers that do not add up, or
 * {party, route: [stage], current, other: [stage], next: [...], rights, helpers, deadlines, refusal, note}.
 */
export function compute(h, answers, today) {
  const built = buildEvents(answers, today);
  if (built.errors) return { errors: built.errors };

  const spec = h.procedureSpec('law');
  const initial = new Set(spec.regions.map((r) => r.initial));
  let instance = h.newProcedureInstance({ spec: 'law' });
  const start = h.procedureState(instance, { today: built.steps[0]?.date ?? today });
  const route = [start.stages.find((s) => s.region === 'route')];
  let refusal = null;
  for (const step of built.steps) {
    const answer = h.applyProcedureEvent(instance, step);
    if (!answer.applied) { refusal = { event: step.event, reasons: answer.refusal.reasons }; break; }
    instance = answer.instance;
    const stage = answer.stages.find((s) => s.region === 'route');
    if (stage && stage.id !== route[route.length - 1].id) route.push(stage);
  }
  const state = h.procedureState(instance, { today, party: answers.party });
  const current = state.stages.find((s) => s.region === 'route');
  if (current.id !== route[route.length - 1].id) route.push(current);
  const other = state.stages.filter((s) => s.region !== 'route' && !initial.has(s.id));
  const seen = new Set();
  const next = state.next_steps
    .filter((n) => n.possible && n.to && n.to.region === 'route' && !n.event.startsWith('expired:'))
    .filter((n) => { const k = `${n.event}>${n.to.id}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .map((n) => ({ event: n.event, text: n.text, to: n.to }));
  const me = state.parties.find((p) => p.party === answers.party) ?? state.parties[0];

  const deadlines = deadlineRequests(answers, today).map((d) => {
    // The library computes deadlines only for the years whose holidays it knows: for another
    // date the card says it cannot count, instead of the page showing nothing.
    let deadline = null, note = d.note ?? null;
    try {
      deadline = d.request ? h.procedureDeadline(d.request) : null;
    } catch {
      note = 'r_cannot_count';
    }
    return { key: d.key, title: d.title, note, deadline };
  });
  return {
    party: { party: me.party, title: me.title },
    route, current, other, next,
    rights: me.rights, helpers: me.helpers,
    deadlines, refusal, note: state.spec.note ?? null, events: built.steps, today,
  };
}
