// The files of a module change as one unit: a failure in the middle of an
// edit leaves every file as it was, and what a killed run left behind is
// finished (or swept) by the next one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSectionIds } from '../../src/edit/add-ids.js';
import { commitFiles } from '../../src/edit/commit.js';
import { digest, writeJournal } from '../../src/edit/journal.js';
import { initProject, newModule } from '../../src/edit/scaffold.js';
import { stampTranslation } from '../../src/edit/stamp.js';
import { PromokitError } from '../../src/errors.js';
import { sweepStaleTemps } from '../../src/temp-files.js';
import { writeFileAtomic } from '../../src/write-atomic.js';
import { check } from '../helpers/check.js';
import { demoProject, moduleEn, moduleEs, writeProject } from '../helpers/fixture.js';

const MOD = 'manuals/demo/modules/01-estres';
const where = (root: string) => ({ manualDir: join(root, 'manuals/demo'), moduleId: '01-estres' });
const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');

/** Every file of a folder (recursively) with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    try {
      out[name] = readFileSync(path).toString('base64');
    } catch {
      out[name] = '<dir>';
    }
  }
  return out;
}

/** A rename that works `ok` times, then fails as a full or read-only disk would. */
function failingRename(ok: number): { rename(from: string, to: string): void; calls: number } {
  const state = {
    calls: 0,
    rename(from: string, to: string): void {
      state.calls++;
      if (state.calls > ok) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: 'EACCES' });
      renameSync(from, to);
    },
  };
  return state;
}

describe('ids and stamp: all files or none', () => {
  for (const ok of [0, 1]) {
    it(`a rename failing after ${ok} of 2 leaves every file of the module byte-identical, and no temporary file`, async () => {
      const root = demoProject({ [`${MOD}/es.md`]: strip(moduleEs()), [`${MOD}/en.md`]: strip(moduleEn()).replace(/\n/g, '\r\n') });
      const before = snapshot(join(root, MOD));
      const fs = failingRename(ok);
      const err = await addSectionIds(root, where(root), { fs }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PromokitError);
      expect((err as PromokitError).message).toMatch(/EACCES.*nothing was changed/);
      expect(fs.calls).toBe(ok + 1);
      expect(snapshot(join(root, MOD))).toEqual(before);
      // And the next run, with a working disk, does the whole edit.
      const r = await addSectionIds(root, where(root));
      expect(r.files).toHaveLength(2);
      expect(readFileSync(join(root, MOD, 'en.md'), 'utf8')).toContain('## What is it? {#que-es}\r\n');
      expect(readdirSync(join(root, MOD)).sort()).toEqual(['en.md', 'es.md', 'img']);
    });
  }

  it('stamp: a failing rename leaves the translation as it was', async () => {
    const root = demoProject();
    const before = snapshot(join(root, MOD));
    await expect(stampTranslation(root, where(root), 'en', '2026-11-22', { fs: failingRename(0) })).rejects.toThrow(/nothing was changed/);
    expect(snapshot(join(root, MOD))).toEqual(before);
  });

  it('writes nothing when a file changed after it was read', async () => {
    const root = demoProject();
    const path = join(root, MOD, 'en.md');
    const edits = [{ path, file: 'en.md', data: 'new', original: 'not what the file holds' }];
    await expect(commitFiles(edits)).rejects.toThrow(/changed while/);
    expect(readFileSync(path, 'utf8')).toBe(moduleEn());
    expect(readdirSync(join(root, MOD)).sort()).toEqual(['en.md', 'es.md', 'img']);
  });

  it('the next run finishes an edit killed between two renames (journal forward)', async () => {
    const root = demoProject();
    const dir = join(root, MOD);
    const oldEs = readFileSync(join(dir, 'es.md'), 'utf8');
    const oldEn = readFileSync(join(dir, 'en.md'), 'utf8');
    const newEs = oldEs.replace('El estrés', 'El estrés crónico');
    const newEn = `${oldEn}\nMore.\n`;
    // What a run killed after its first rename leaves: es.md new, en.md old, the new en.md in a temp file.
    writeFileSync(join(dir, 'es.md'), newEs);
    writeFileSync(join(dir, '.en.md.999999.1.tmp'), newEn);
    writeFileSync(join(dir, '.es.md.bak.999999.2.tmp'), oldEs);
    writeJournal(join(dir, '.promokit-commit.999999.3.json'), {
      mode: 'forward',
      entries: [
        { target: 'es.md', temp: '.es.md.999999.0.tmp', backup: '.es.md.bak.999999.2.tmp', before: digest(oldEs), after: digest(newEs) },
        { target: 'en.md', temp: '.en.md.999999.1.tmp', backup: null, before: digest(oldEn), after: digest(newEn) },
      ],
    });
    const r = await stampTranslation(root, where(root), 'en', '2026-11-22');
    expect(r.recovered).toEqual([`${MOD}/en.md`]);
    expect(readFileSync(join(dir, 'es.md'), 'utf8')).toBe(newEs);
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).toContain('More.');
    expect(readdirSync(dir).sort()).toEqual(['en.md', 'es.md', 'img']);
  });

  it('an edit being undone is undone; a file changed by hand since is never overwritten', async () => {
    const root = demoProject();
    const dir = join(root, MOD);
    const oldEs = readFileSync(join(dir, 'es.md'), 'utf8');
    const newEs = `${oldEs}\nNuevo.\n`;
    writeFileSync(join(dir, '.es.md.bak.999999.2.tmp'), oldEs);
    writeFileSync(join(dir, 'es.md'), newEs);
    const journal = {
      mode: 'back' as const,
      entries: [{ target: 'es.md', temp: '.es.md.999999.0.tmp', backup: '.es.md.bak.999999.2.tmp', before: digest(oldEs), after: digest(newEs) }],
    };
    writeJournal(join(dir, '.promokit-commit.999999.3.json'), journal);
    await addSectionIds(root, where(root));
    expect(readFileSync(join(dir, 'es.md'), 'utf8')).toBe(oldEs);
    expect(readdirSync(dir).sort()).toEqual(['en.md', 'es.md', 'img']);

    writeFileSync(join(dir, '.es.md.bak.999999.2.tmp'), oldEs);
    writeFileSync(join(dir, 'es.md'), 'changed by hand');
    writeJournal(join(dir, '.promokit-commit.999999.3.json'), journal);
    await expect(addSectionIds(root, where(root))).rejects.toThrow(/changed since/);
    expect(readFileSync(join(dir, 'es.md'), 'utf8')).toBe('changed by hand');
  });
});

describe('temporary files', () => {
  it('a sweep removes only promokit temporaries of other processes older than a day', () => {
    const root = writeProject({
      'd/.en.md.4242.1700000000000.tmp': 'old',
      'd/.es.md.bak.4242.1700000000001.tmp': 'old backup',
      'd/.03-tema.4242.1700000000002.tmp/es.md': 'old folder',
      'd/.en.md.4243.1700000000003.tmp': 'fresh',
      [`d/.en.md.${process.pid}.1700000000004.tmp`]: 'ours',
      'd/.en.md.tmp': 'not ours',
      'd/en.md': 'source',
    });
    const dir = join(root, 'd');
    const twoDaysAgo = (Date.now() - 2 * 86_400_000) / 1000;
    for (const n of readdirSync(dir)) if (n !== '.en.md.4243.1700000000003.tmp') utimesSync(join(dir, n), twoDaysAgo, twoDaysAgo);
    const removed = sweepStaleTemps(dir).map((p) => p.slice(dir.length + 1)).sort();
    expect(removed).toEqual(['.03-tema.4242.1700000000002.tmp', '.en.md.4242.1700000000000.tmp', '.es.md.bak.4242.1700000000001.tmp']);
    expect(readdirSync(dir).sort()).toEqual(['.en.md.4243.1700000000003.tmp', `.en.md.${process.pid}.1700000000004.tmp`, '.en.md.tmp', 'en.md'].sort());
  });

  it('writeFileAtomic leaves no temporary file, and sweeps day-old ones where it writes', async () => {
    const root = writeProject({ 'out/.a.pdf.4242.1700000000000.tmp': 'stale' });
    const old = (Date.now() - 2 * 86_400_000) / 1000;
    utimesSync(join(root, 'out/.a.pdf.4242.1700000000000.tmp'), old, old);
    await writeFileAtomic(join(root, 'out/a.pdf'), 'pdf');
    expect(readdirSync(join(root, 'out'))).toEqual(['a.pdf']);
  });
});

describe('new module: the folder appears whole', () => {
  it('a temporary folder or an img-only folder left by a stopped run does not block the next one', async () => {
    const root = join(writeProject({}), 'project');
    await initProject(root, '2026-11-22', '0.1.0');
    const modules = join(root, 'manuals/mi-manual/modules');
    mkdirSync(join(modules, '.02-duelo.4242.1700000000000.tmp/img'), { recursive: true });
    writeFileSync(join(modules, '.02-duelo.4242.1700000000000.tmp/es.md'), 'half');
    mkdirSync(join(modules, '02-duelo/img'), { recursive: true }); // what older versions left
    const r = await newModule(root, 'mi-manual', 'duelo', '2026-11-22');
    expect(r.moduleId).toBe('02-duelo');
    expect(readdirSync(join(modules, '02-duelo')).sort()).toEqual(['en.md', 'es.md', 'img']);
    expect(readFileSync(join(modules, '02-duelo/en.md'), 'utf8')).toMatch(/source_hashes:\n {2}_title: [0-9a-f]{12}\n/);
    expect(check(root).diagnostics).toEqual([]);
    // A folder with anything in it is the author's: refused, kept.
    mkdirSync(join(modules, '03-otro/img'), { recursive: true });
    writeFileSync(join(modules, '03-otro/img/foto.png'), 'x');
    await expect(newModule(root, 'mi-manual', 'otro', '2026-11-22')).rejects.toThrow(/already has/);
    expect(existsSync(join(modules, '03-otro/img/foto.png'))).toBe(true);
    expect(readdirSync(modules).filter((n) => !n.startsWith('.')).sort()).toEqual(['01-introduccion', '02-duelo', '03-otro']);
  });
});
