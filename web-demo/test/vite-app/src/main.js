// SPDX-License-Identifier: EUPL-1.2
// Uses the package the way its README shows: import, create, check; spelling loads the dictionary.
import { Helder } from '@helder/helder';

const rulesOf = (report) => report.findings.map((f) => f.rule);

async function main() {
  const plain = await Helder.create();
  document.querySelector('#plain').textContent = JSON.stringify(rulesOf(plain.checkText('Middels deze brief laten wij u iets weten.')));
  plain.delete();
  const speller = await Helder.create({ spelling: true });
  document.querySelector('#spelling').textContent = JSON.stringify(rulesOf(speller.checkText('De kinderrn spelen buiten.')));
  speller.delete();
}

main().then(() => { document.body.dataset.ready = 'true'; }, (err) => {
  document.body.dataset.ready = 'failed';
  document.body.append(String(err?.stack ?? err));
});
