import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSectionIds, slugify } from '../../src/edit/add-ids.js';
import { setFrontMatterFields } from '../../src/edit/front-matter.js';
import { resolveModule } from '../../src/edit/resolve-module.js';
import { stampTranslation } from '../../src/edit/stamp.js';
import { PromokitError, UsageError } from '../../src/errors.js';
import { check, only } from '../helpers/check.js';
import { demoProject, moduleEn, moduleEs } from '../helpers/fixture.js';

const where = (root: string) => ({ manualDir: join(root, 'manuals/demo'), moduleId: '01-estres' });

describe('stamp', () => {
  it('writes source_hashes for every section and the title, keeping the rest of the file', async () => {
    const root = demoProject({ 'manuals/demo/modules/01-estres/en.md': moduleEn().replace('title: Stress', '# a comment\ntitle: Stress') });
    const r = await stampTranslation(root, where(root), 'en', '2026-11-22');
    expect(r).toEqual({ file: 'manuals/demo/modules/01-estres/en.md', source: 'manuals/demo/modules/01-estres/es.md', sections: 4, recovered: [] });
    const text = readFileSync(join(root, r.file), 'utf8');
    expect(text).toContain('# a comment\ntitle: Stress');
    expect(text).toMatch(/source_hashes:\n {2}_title: [0-9a-f]{12}\n {2}objectives: [0-9a-f]{12}\n {2}what-is-it: [0-9a-f]{12}\n {2}activity: [0-9a-f]{12}\n {2}assessment: [0-9a-f]{12}\nstamped: 2026-11-22\n---\n/);
    expect(text.split('---\n')[2]).toBe(moduleEn().split('---\n')[2]);
    expect(only(check(root), 'translation-stale')).toEqual([]);
  });
  it('keeps CRLF line ends', async () => {
    const root = demoProject({ 'manuals/demo/modules/01-estres/en.md': moduleEn().replace(/\n/g, '\r\n') });
    await stampTranslation(root, where(root), 'en', '2026-11-22');
    const text = readFileSync(join(root, 'manuals/demo/modules/01-estres/en.md'), 'utf8');
    expect(text.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
  });
  it('refuses the source language and unknown languages', async () => {
    const root = demoProject();
    await expect(stampTranslation(root, where(root), 'es', '2026-11-22')).rejects.toThrow(/source language/);
    await expect(stampTranslation(root, where(root), 'fr', '2026-11-22')).rejects.toThrow(UsageError);
  });
  it('resolves a module given as manual/module or as a folder', () => {
    const root = demoProject();
    expect(resolveModule(root, 'demo/01-estres', '/')).toEqual(where(root));
    expect(resolveModule(root, 'manuals/demo/modules/01-estres/es.md', root)).toEqual(where(root));
    expect(() => resolveModule(root, 'demo/09-nada', root)).toThrow(UsageError);
    // A module folder of another project is not one of this project's, whatever the cwd.
    const other = demoProject();
    expect(() => resolveModule(root, join(other, 'manuals/demo/modules/01-estres'), '/')).toThrow(UsageError);
    expect(resolveModule(root, 'manuals/demo/modules/01-estres', other)).toEqual(where(root));
  });
  it('setFrontMatterFields adds front matter to a file without it', () => {
    expect(setFrontMatterFields('Hola\n', { a: 1 })).toBe('---\na: 1\n---\n\nHola\n');
  });
});

describe('ids', () => {
  it('slugifies Spanish headings', () => {
    expect(slugify('¿Qué es el estrés?')).toBe('que-es-el-estres');
    expect(slugify('Señales de alarma: niños y niñas')).toBe('senales-de-alarma-ninos-y-ninas');
  });
  it('adds the same ids to every language from the source headings', async () => {
    const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');
    const root = demoProject({
      'manuals/demo/modules/01-estres/es.md': strip(moduleEs()),
      'manuals/demo/modules/01-estres/en.md': strip(moduleEn()),
    });
    expect(only(check(root), 'section-id-missing')).toHaveLength(2);
    const r = await addSectionIds(root, where(root));
    expect(r.ids).toEqual(['objetivos', 'que-es', 'actividad', 'evaluacion']);
    expect(r.files).toHaveLength(2);
    const en = readFileSync(join(root, 'manuals/demo/modules/01-estres/en.md'), 'utf8');
    expect(en).toContain('## What is it? {#que-es}');
    const after = check(root);
    expect(only(after, 'section-id-missing')).toEqual([]);
    expect(only(after, 'section-mismatch')).toEqual([]);
  });
  it('changes nothing when the languages have different section counts', async () => {
    const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');
    const en = `${strip(moduleEn())}\n## Extra\n\nMore.\n`;
    const root = demoProject({ 'manuals/demo/modules/01-estres/es.md': strip(moduleEs()), 'manuals/demo/modules/01-estres/en.md': en });
    await expect(addSectionIds(root, where(root))).rejects.toThrow(PromokitError);
    expect(readFileSync(join(root, 'manuals/demo/modules/01-estres/en.md'), 'utf8')).toBe(en);
    expect(readFileSync(join(root, 'manuals/demo/modules/01-estres/es.md'), 'utf8')).toBe(strip(moduleEs()));
    writeFileSync(join(root, 'x'), '');
  });
});
