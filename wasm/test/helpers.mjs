// Shared by the package tests: where things are, and the package under test.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const wasmDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(wasmDir, '..');
// The assembled package (scripts/wasm-build.sh), or another folder given by HELDER_WASM_DIST.
export const distDir = process.env.HELDER_WASM_DIST ?? path.join(wasmDir, 'dist');
export const { Helder, HelderError, Store } = await import(path.join(distDir, "helder.mjs"));
