#!/usr/bin/env node
// `prepare`: compile src/ into dist/ where there is something to compile
// with — a checkout after `npm install`, `npm pack`, an install from a git
// URL (npm installs the devDependencies first there). An installed tarball
// has no src/ and no TypeScript but already carries dist/: nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const require = createRequire(import.meta.url);

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (!existsSync(at('src/cli/main.ts')) || !tsc) {
  if (existsSync(at('dist/cli/main.js'))) process.exit(0);
  console.error('promokit: dist/ is missing and cannot be compiled here (no src/ or no TypeScript): install the devDependencies and run npm run build');
  process.exit(1);
}
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
