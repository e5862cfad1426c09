// SPDX-License-Identifier: EUPL-1.2
// helder in Node.js with the npm package @helder/helder (libhelder in WebAssembly): check a Dutch
// text, validate a family dossier, and apply a court decision to a child's procedure and print a
// parent's rights and deadlines. The same three things as examples/c, examples/cpp and
// examples/python, with the same output.
// Install: npm install @helder/helder   (or the packed tarball: npm install ./helder-helder-1.3.0.tgz)
// Run:     node helder_example.mjs DOSSIER.json INSTANCE.json
import { readFile } from 'node:fs/promises';
import { Helder, HelderError } from '@helder/helder';

function checkText(helder, text) {
  const report = helder.checkText(text);
  console.log('meets B1:', report.meets_b1 ? 'yes' : 'no');
  for (const f of report.findings) {
    console.log(`${f.rule} "${f.text}": ${f.message.nl}${f.suggestions.map((s) => ` | ${s}`).join('')}`);
  }
}

async function validateDossier(helder, path) {
  const dossier = await readFile(path); // the bytes as they are: findings point into them by byte offset
  // A fixed "today" makes the output the same every day; leave it out to use the system date.
  const report = helder.validateDossier(new Uint8Array(dossier), { today: '2026-03-10' });
  console.log(`${path}: ${report.status}, errors: ${report.counts.errors}, warnings: ${report.counts.warnings}`);
  for (const f of report.findings) {
    const law = f.source.kind === 'law' ? ` [${f.source.article}, ${f.source.label}]` : '';
    console.log(`${f.severity} ${f.rule} at ${f.pointer}: ${f.message.nl}${law}`);
  }
}

async function procedureRights(helder, instancePath) {
  // The instance: the events of the child's procedure so far, as the vendor's system kept them
  // (examples/procedure/sara-before-decision.json: Sara, 9, up to the hearing).
  const instance = await readFile(instancePath, 'utf8');
  // The new event: on 2 March 2026 the court orders an OTS (ondertoezichtstelling).
  const applied = helder.applyProcedureEvent(instance, { event: 'beschikking_ots', date: '2026-03-02' });
  if (!applied.applied) { // a refusal is an answer, with its reasons
    for (const reason of applied.refusal.reasons) console.log('refused:', reason.nl);
    return false;
  }
  // The answer holds the instance with the decision added: store it, and pass it on.
  const state = helder.procedureState(applied.instance, { today: '2026-03-10', party: 'parent_with_gezag' });
  for (const stage of state.stages) console.log(`stage ${stage.region}: ${stage.title.nl} / ${stage.title.en}`);
  for (const d of state.deadlines) {
    console.log(`deadline ${d.due} (${d.days_left} days left), ${d.basis}, ${d.label}: ${d.text.nl}`);
    for (const warning of d.warnings ?? []) console.log('  warning:', warning.nl); // they can change the date
  }
  const [party] = state.parties;
  console.log(`rights of ${party.title.nl} / ${party.title.en}:`);
  for (const right of party.rights) console.log(`- ${right.text.nl}\n  ${right.text.en}`);
  return true;
}

if (process.argv.length !== 4) {
  console.error('usage: node helder_example.mjs DOSSIER.json INSTANCE.json');
  process.exit(2);
}
// spelling: true loads the Dutch dictionary that comes with the package.
const helder = await Helder.create({ spelling: true });
try {
  console.log('helder', helder.version);
  console.log('== check a text');
  checkText(helder, 'Middels deze brief informeren wij u over de ondertoezichtstelling.');
  console.log('== validate a dossier');
  await validateDossier(helder, process.argv[2]);
  console.log("== a court decision, and a parent's rights");
  process.exitCode = (await procedureRights(helder, process.argv[3])) ? 0 : 1;
} catch (e) {
  if (!(e instanceof HelderError)) throw e;
  console.error(`${e.code}: ${e.message}`); // e.status is the helder_status number
  process.exitCode = 1;
} finally {
  helder.delete(); // frees the context now; a FinalizationRegistry would do it later
}
