// Killing the CLI at known points (PROMOKIT_TEST_PAUSE_AT makes it stop there
// and say so; no timer decides anything): a module is never left without its
// files, each file is wholly old or wholly new, the next run succeeds and
// leaves the module whole; SIGINT and SIGTERM remove the temporary files.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addSectionIds } from '../../src/edit/add-ids.js';
import { TEMP_NAME } from '../../src/temp-files.js';
import { check } from '../helpers/check.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEn, moduleEs } from '../helpers/fixture.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const MOD = 'manuals/demo/modules/01-estres';
const MODULES = 'manuals/demo/modules';
const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI until it reports being paused at `step`, sends `signal`, and waits for it to end. */
function stopAt(args: string[], cwd: string, step: string, signal: NodeJS.Signals): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', PROMOKIT_TEST_PAUSE_AT: step },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      if (!sent && stderr.includes(`promokit-test-paused ${step}\n`)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code, sig) => {
      if (!sent) reject(new Error(`promokit ${args.join(' ')} ended (${code ?? sig}) without pausing at ${step}:\n${stderr}`));
      else resolve({ code, signal: sig, stderr });
    });
  });
}

/** Files of a module folder that are neither sources nor promokit temporaries. */
const strays = (dir: string): string[] => readdirSync(dir).filter((n) => !['en.md', 'es.md', 'img'].includes(n) && !TEMP_NAME.test(n));

async function idsProject(): Promise<{ root: string; old: Record<string, string>; fresh: Record<string, string> }> {
  const files = { [`${MOD}/es.md`]: strip(moduleEs()), [`${MOD}/en.md`]: strip(moduleEn()).replace(/\n/g, '\r\n') };
  // What ids makes of these files, done without interruption in a twin project.
  const twin = demoProject(files);
  await addSectionIds(twin, { manualDir: join(twin, 'manuals/demo'), moduleId: '01-estres' });
  const read = (root: string, lang: string): string => readFileSync(join(root, MOD, `${lang}.md`), 'utf8');
  return { root: demoProject(files), old: { es: files[`${MOD}/es.md`]!, en: files[`${MOD}/en.md`]! }, fresh: { es: read(twin, 'es'), en: read(twin, 'en') } };
}

describe('kill -9 at every step of ids', () => {
  // What each file holds right after the kill (before any recovery).
  const cases: [string, 'old' | 'fresh', 'old' | 'fresh'][] = [
    ['temps-written', 'old', 'old'],
    ['journal-written', 'old', 'old'],
    ['renamed-1', 'fresh', 'old'],
    ['renamed-all', 'fresh', 'fresh'],
  ];
  for (const [step, es, en] of cases) {
    it(`at ${step}: each file is wholly old or new, and the next run leaves the module whole`, async () => {
      const { root, old, fresh } = await idsProject();
      const killed = await stopAt(['ids', 'demo/01-estres'], root, step, 'SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      const read = (lang: string): string => readFileSync(join(root, MOD, `${lang}.md`), 'utf8');
      expect(read('es')).toBe((es === 'old' ? old : fresh).es);
      expect(read('en')).toBe((en === 'old' ? old : fresh).en);
      // Until the edit is finished, check says the module may be half new.
      const pending = check(root).diagnostics.filter((d) => d.rule === 'edit-unfinished');
      expect(pending.length).toBe(step === 'temps-written' ? 0 : 1);

      const next = await runCli(['ids', 'demo/01-estres'], root);
      expect(next.code, next.stderr).toBe(0);
      expect(read('es')).toBe(fresh.es);
      expect(read('en')).toBe(fresh.en);
      if (step === 'journal-written' || step === 'renamed-1') expect(next.stderr).toMatch(/finished the edit a stopped run had left half done/);
      expect(strays(join(root, MOD))).toEqual([]);
      const after = check(root).diagnostics.filter((d) => ['section-mismatch', 'section-id-missing', 'front-matter'].includes(d.rule));
      expect(after).toEqual([]);
    }, 60_000);
  }
});

describe('kill -9 during new module', () => {
  for (const step of ['module-half-written', 'module-written']) {
    it(`at ${step}: no module folder without its files, and the next run succeeds`, async () => {
      const root = demoProject();
      const killed = await stopAt(['new', 'module', 'demo', 'duelo'], root, step, 'SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      expect(readdirSync(join(root, MODULES)).filter((n) => !TEMP_NAME.test(n))).toEqual(['01-estres']);
      expect(check(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

      const next = await runCli(['new', 'module', 'demo', 'duelo'], root);
      expect(next.code, next.stderr).toBe(0);
      expect(readdirSync(join(root, MODULES)).filter((n) => !TEMP_NAME.test(n))).toEqual(['01-estres', '02-duelo']);
      expect(readdirSync(join(root, MODULES, '02-duelo')).sort()).toEqual(['en.md', 'es.md', 'img']);
      expect(readFileSync(join(root, MODULES, '02-duelo/en.md'), 'utf8')).toMatch(/^source_hashes:$/m);
      expect(check(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }, 60_000);
  }
});

describe('SIGINT and SIGTERM remove the temporary files', () => {
  it('ids stopped with its new files written: exit 130, no temporary file, every file old', async () => {
    const { root, old } = await idsProject();
    const ended = await stopAt(['ids', 'demo/01-estres'], root, 'temps-written', 'SIGINT');
    expect(ended.code).toBe(130);
    expect(readdirSync(join(root, MOD)).sort()).toEqual(['en.md', 'es.md', 'img']);
    expect(readFileSync(join(root, MOD, 'es.md'), 'utf8')).toBe(old.es);
    expect(readFileSync(join(root, MOD, 'en.md'), 'utf8')).toBe(old.en);
  }, 60_000);

  it('stamp stopped with SIGTERM: exit 143, no temporary file, the translation as it was', async () => {
    const root = demoProject();
    const before = readFileSync(join(root, MOD, 'en.md'));
    const ended = await stopAt(['stamp', 'demo/01-estres', 'en'], root, 'temps-written', 'SIGTERM');
    expect(ended.code).toBe(143);
    expect(readdirSync(join(root, MOD)).sort()).toEqual(['en.md', 'es.md', 'img']);
    expect(readFileSync(join(root, MOD, 'en.md')).equals(before)).toBe(true);
  }, 60_000);

  it('new module stopped with its folder made: exit 130, no temporary folder', async () => {
    const root = demoProject();
    const ended = await stopAt(['new', 'module', 'demo', 'duelo'], root, 'module-written', 'SIGINT');
    expect(ended.code).toBe(130);
    expect(readdirSync(join(root, MODULES))).toEqual(['01-estres']);
  }, 60_000);

  it('any command writing through writeFileAtomic (here report, into out/): exit 130, no temporary file', async () => {
    const root = demoProject();
    const ended = await stopAt(['report'], root, 'write-atomic', 'SIGINT');
    expect(ended.code).toBe(130);
    expect(readdirSync(join(root, 'out/demo'))).toEqual([]);
  }, 60_000);
});
