// SPDX-License-Identifier: EUPL-1.2
// A long report for tests and the benchmark, made from the repository's example texts
// (examples/texts/*.txt, fictional families): their paragraphs in turn until the report has at least `words` words.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEXTS = fileURLToPath(new URL('../../examples/texts/', import.meta.url));

export function longReport(words = 5000) {
  const paragraphs = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(TEXTS + f, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;  // words, as helder counts them
  }
  return out.join('\n\n');
}
