// stamp and ids change only what they must: each line keeps its own line end,
// every YAML comment stays, and a file they cannot write back faithfully
// (CR-only line ends, unclosed front matter) is refused and left as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSectionIds } from '../../src/edit/add-ids.js';
import { setFrontMatterFields } from '../../src/edit/front-matter.js';
import { stampTranslation } from '../../src/edit/stamp.js';
import { PromokitError } from '../../src/errors.js';
import { check, only } from '../helpers/check.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEn, moduleEs } from '../helpers/fixture.js';

const MOD = 'manuals/demo/modules/01-estres';
const where = (root: string) => ({ manualDir: join(root, 'manuals/demo'), moduleId: '01-estres' });
const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');
const bytes = (root: string, rel: string): Buffer => readFileSync(join(root, rel));
/** Every other line end CRLF: LF, CRLF, LF, … */
const mixed = (s: string): string => s.split('\n').map((l, i, all) => (i === all.length - 1 ? l : l + (i % 2 ? '\r\n' : '\n'))).join('');

async function rejection(p: Promise<unknown>): Promise<PromokitError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PromokitError);
  return err as PromokitError;
}

describe('refused: files stamp and ids cannot write back faithfully', () => {
  it('stamp refuses an en.md with CR-only line ends, naming file and line, and leaves it untouched', async () => {
    const en = moduleEn().replace(/\n/g, '\r');
    const root = demoProject({ [`${MOD}/en.md`]: en });
    const before = bytes(root, `${MOD}/en.md`);
    const err = await rejection(stampTranslation(root, where(root), 'en', '2026-11-22'));
    expect(err.file).toBe(`${MOD}/en.md`);
    expect(err.line).toBe(1);
    expect(err.message).toMatch(/lone CR/);
    expect(bytes(root, `${MOD}/en.md`).equals(before)).toBe(true);
    expect(readdirSync(join(root, MOD)).sort()).toEqual(['en.md', 'es.md', 'img']);
  });

  it('names the first line that ends with a lone CR in an otherwise LF file', () => {
    const raw = '---\ntitle: x\n---\n\nuno\ndos\rtres\n';
    expect(() => setFrontMatterFields(raw, { a: 1 }, 'en.md', 'stamp')).toThrow(expect.objectContaining({ file: 'en.md', line: 6 }) as Error);
  });

  it('stamp refuses a front matter that is never closed, and does not prepend a second one', async () => {
    const en = moduleEn().replace('reviewed: 2026-10-01\n---\n', 'reviewed: 2026-10-01\n\n');
    const root = demoProject({ [`${MOD}/en.md`]: en });
    const err = await rejection(stampTranslation(root, where(root), 'en', '2026-11-22'));
    expect(err).toMatchObject({ file: `${MOD}/en.md`, line: 1, rule: 'front-matter' });
    expect(err.message).toMatch(/never closed/);
    expect(readFileSync(join(root, `${MOD}/en.md`), 'utf8')).toBe(en);
  });

  it('stamp refuses a front matter that is not valid YAML, naming its line', async () => {
    const en = moduleEn().replace('duration: 60', 'duration: [60');
    const root = demoProject({ [`${MOD}/en.md`]: en });
    const err = await rejection(stampTranslation(root, where(root), 'en', '2026-11-22'));
    expect(err.file).toBe(`${MOD}/en.md`);
    expect(err.line).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(root, `${MOD}/en.md`), 'utf8')).toBe(en);
  });

  it('ids refuses CR-only files (instead of appending ids at the end) and changes neither language', async () => {
    const es = strip(moduleEs());
    const en = strip(moduleEn()).replace(/\n/g, '\r');
    const root = demoProject({ [`${MOD}/es.md`]: es, [`${MOD}/en.md`]: en });
    const esBefore = bytes(root, `${MOD}/es.md`);
    const enBefore = bytes(root, `${MOD}/en.md`);
    const err = await rejection(addSectionIds(root, where(root)));
    expect(err).toMatchObject({ file: `${MOD}/en.md`, line: 1 });
    expect(bytes(root, `${MOD}/es.md`).equals(esBefore)).toBe(true);
    expect(bytes(root, `${MOD}/en.md`).equals(enBefore)).toBe(true);
  });

  it('ids refuses an unclosed front matter', async () => {
    const es = strip(moduleEs()).replace('reviewed: 2026-10-01\n---\n', 'reviewed: 2026-10-01\n');
    const root = demoProject({ [`${MOD}/es.md`]: es, [`${MOD}/en.md`]: strip(moduleEn()) });
    const err = await rejection(addSectionIds(root, where(root)));
    expect(err).toMatchObject({ file: `${MOD}/es.md`, line: 1, rule: 'front-matter' });
    expect(readFileSync(join(root, `${MOD}/es.md`), 'utf8')).toBe(es);
    expect(readFileSync(join(root, `${MOD}/en.md`), 'utf8')).toBe(strip(moduleEn()));
  });

  it('the CLI says so in one line with file and line, exit 1, no stack trace', async () => {
    const root = demoProject({ [`${MOD}/es.md`]: strip(moduleEs()), [`${MOD}/en.md`]: strip(moduleEn()).replace(/\n/g, '\r') });
    const before = bytes(root, `${MOD}/en.md`);
    const stamp = await runCli(['stamp', 'demo/01-estres', 'en'], root);
    expect(stamp.code).toBe(1);
    expect(stamp.stderr).toMatch(new RegExp(`^promokit: ${MOD}/en\\.md:1: .*lone CR`, 'm'));
    expect(stamp.stderr).not.toMatch(/\n\s+at /);
    expect(bytes(root, `${MOD}/en.md`).equals(before)).toBe(true);
    const ids = await runCli(['ids', 'demo/01-estres'], root);
    expect(ids.code).toBe(1);
    expect(ids.stderr).toMatch(new RegExp(`^promokit: ${MOD}/en\\.md:1: `, 'm'));
    expect(ids.stderr).not.toMatch(/added ids/);
    expect(bytes(root, `${MOD}/en.md`).equals(before)).toBe(true);
    expect(readFileSync(join(root, `${MOD}/es.md`), 'utf8')).toBe(strip(moduleEs()));
  }, 60_000);
});

describe('kept: line ends line by line, comments, formatting', () => {
  it('stamp on mixed line ends changes no byte of the file but the lines it adds', async () => {
    const en = mixed(moduleEn());
    const root = demoProject({ [`${MOD}/en.md`]: en });
    await stampTranslation(root, where(root), 'en', '2026-11-22');
    const after = readFileSync(join(root, `${MOD}/en.md`), 'utf8');
    const added = /source_hashes:\r?\n(?: {2}\S+: [0-9a-f]{12}\r?\n){5}stamped: 2026-11-22\r?\n/.exec(after);
    expect(added).not.toBeNull();
    expect(after.slice(0, added!.index) + after.slice(added!.index + added![0].length)).toBe(en);
    expect(only(check(root), 'translation-stale')).toEqual([]);
  });

  it('ids on mixed line ends changes only the heading lines, each keeping its own end', async () => {
    const es = mixed(strip(moduleEs()));
    const en = mixed(strip(moduleEn())).replace(/\r?\n/, '\r\n'); // and a CRLF first line
    const root = demoProject({ [`${MOD}/es.md`]: es, [`${MOD}/en.md`]: en });
    const r = await addSectionIds(root, where(root));
    expect(r.ids).toEqual(['objetivos', 'que-es', 'actividad', 'evaluacion']);
    const expected = (text: string, headings: string[]): string => {
      let i = 0;
      return text.replace(/^## .*?(?=\r?\n)/gm, (h) => `${h} {#${headings[i++]}}`);
    };
    expect(readFileSync(join(root, `${MOD}/es.md`), 'utf8')).toBe(expected(es, r.ids));
    expect(readFileSync(join(root, `${MOD}/en.md`), 'utf8')).toBe(expected(en, r.ids));
    expect(only(check(root), 'section-mismatch')).toEqual([]);
  });

  it('stamp keeps a comment on the source_hashes: line, on stamped, inside the hashes, and odd spacing elsewhere', async () => {
    const front = [
      'title: Stress   # short on purpose',
      'duration:  60',
      'tags:',
      '- stress',
      '- work',
      'source_hashes: # written by promokit stamp, do not edit',
      '  # the title',
      '  _title: 000000000000 # old',
      '  gone: 111111111111 # a section since removed',
      '  objectives: 222222222222',
      'stamped: 2020-01-01 # the first stamp',
      '',
    ].join('\r\n');
    const en = moduleEn().replace('title: Stress\nduration: 60\nreviewed: 2026-10-01\n', `reviewed: 2026-10-01\r\n${front}`);
    const root = demoProject({ [`${MOD}/en.md`]: en });
    await stampTranslation(root, where(root), 'en', '2026-11-22');
    const after = readFileSync(join(root, `${MOD}/en.md`), 'utf8');
    for (const kept of [
      'title: Stress   # short on purpose\r\n',
      'duration:  60\r\n',
      'tags:\r\n- stress\r\n- work\r\n',
      'source_hashes: # written by promokit stamp, do not edit\r\n  # the title\r\n',
      '# a section since removed',
      ' # old\r\n',
      'stamped: 2026-11-22 # the first stamp\r\n',
    ]) {
      expect(after).toContain(kept);
    }
    expect(after).not.toContain('gone:');
    expect(after).not.toContain('000000000000');
    expect(after.slice(after.indexOf('\n---\n'))).toBe(en.slice(en.indexOf('\n---\n')));
    expect(only(check(root), 'translation-stale')).toEqual([]);
    expect(only(check(root), 'front-matter')).toEqual([]);
  });

  it('a second stamp with nothing changed leaves the file byte-identical', async () => {
    const root = demoProject({ [`${MOD}/en.md`]: mixed(moduleEn()) });
    await stampTranslation(root, where(root), 'en', '2026-11-22');
    const once = bytes(root, `${MOD}/en.md`);
    await stampTranslation(root, where(root), 'en', '2026-11-22');
    expect(bytes(root, `${MOD}/en.md`).equals(once)).toBe(true);
  });

  it('keeps a byte-order mark and a last line without line end', () => {
    const raw = '\ufeff---\r\ntitle: x\r\n---\r\nlast line';
    expect(setFrontMatterFields(raw, { stamped: '2026-11-22' })).toBe('\ufeff---\r\ntitle: x\r\nstamped: 2026-11-22\r\n---\r\nlast line');
  });
});
