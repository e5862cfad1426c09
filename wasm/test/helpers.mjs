// SPDX-License-Identifier: EUPL-1.2
// Shared by the package tests: where things are, and the package under test.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const wasmDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(wasmDir, '..');
// The assembled package (scripts/wasm-build.sh), or another folder given by HELDER_WASM_DIST.
export const distDir = process.env.HELDER_WASM_DIST ?? path.join(wasmDir, 'dist');
export const { Helder, HelderError, Store } = await import(path.join(distDir, "helder.mjs"));

// A dossier of the examples moved by whole years, so that today stands where 2026-11-23 stood or
// up to a year later. The store takes the real time (since 1.3 a request cannot name it, and the
// npm package has no test clock): moved, the example keeps the ages and involvements the tests
// expect (Daan 13 or 14, Noor 9 or 10, Eva's involvement over, Joris's going on).
export function asOfToday(dossierText, now = new Date()) {
  const monthDay = (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  const years = now.getUTCFullYear() - (monthDay >= 1123 ? 2026 : 2027);
  return dossierText.replace(/"(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => `"${Number(y) + years}-${m}-${d}`);
}
