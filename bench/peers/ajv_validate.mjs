// SPDX-License-Identifier: EUPL-1.2
// Peer for the dossier benchmark: ajv (JSON Schema 2020-12, with formats) validating the same
// documents against helder's published schema. Parses each document, as helder must.
// Usage: node ajv_validate.mjs SCHEMA SECONDS DOCUMENT...  Prints {"validations_per_second": …}.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [schemaPath, seconds, ...documents] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
const texts = documents.map((d) => readFileSync(d, 'utf8'));
texts.forEach((t, i) => {
  if (!validate(JSON.parse(t))) throw new Error(`ajv finds ${documents[i]} invalid: ${JSON.stringify(validate.errors)}`);
});

const run = (n) => {
  for (let i = 0; i < n; ++i) validate(JSON.parse(texts[i % texts.length]));
};
run(20000); // warm up the JIT
let n = 0;
const start = process.hrtime.bigint();
const budget = BigInt(Math.round(Number(seconds) * 1e9));
while (process.hrtime.bigint() - start < budget) {
  run(1000);
  n += 1000;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ validations_per_second: n / elapsed, validations: n, seconds: elapsed }));
