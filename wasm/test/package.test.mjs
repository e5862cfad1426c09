// SPDX-License-Identifier: EUPL-1.2
// The npm pack tarball installs with no network and works from a plain project.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

test('npm pack tarball installs offline, checks text and exports its module and dictionary files', async () => {
  const tarball = process.env.HELDER_WASM_TARBALL;
  assert.ok(tarball, 'set HELDER_WASM_TARBALL to the output of npm pack (scripts/wasm-build.sh --pack)');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helder-pkg-'));
  try {
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module' }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'pipe' });
    await writeFile(path.join(dir, 'use.mjs'), `
      import { Helder } from '@helder/helder';
      const h = await Helder.create({ spelling: true });
      const r = h.checkText('Middels deze brief. De kinderrn spelen.');
      console.log(JSON.stringify(r.findings.map((f) => f.rule)));
      h.delete();`);
    const out = execFileSync('node', ['use.mjs'], { cwd: dir }).toString();
    const rules = JSON.parse(out);
    // A bundler or a server setup may name the module and the dictionary by their package paths.
    await writeFile(path.join(dir, 'resolve.mjs'), `
      for (const file of ['dist/helder-core.wasm', 'dist/dict/nl.aff', 'dist/dict/nl.dic', 'dist/LICENSES.md'])
        console.log(import.meta.resolve('@helder/helder/' + file));`);
    const resolved = execFileSync('node', ['resolve.mjs'], { cwd: dir }).toString().trim().split('\n');
    assert.equal(resolved.length, 4);
    for (const url of resolved) assert.ok(existsSync(new URL(url)), `${url} is in the package`);
    assert.ok(rules.includes('officialese'));
    assert.ok(rules.includes('spelling'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
