// Hostile and broken sources: each is a finding naming file and line, read
// no further than needed, and nothing outside the project is read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { parseYaml } from '../../src/model/yaml.js';
import { osErrorText } from '../../src/sources/safe-read.js';
import { check, only } from '../helpers/check.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs } from '../helpers/fixture.js';

const DIR = 'manuals/demo/modules/01-estres';
const ES = `${DIR}/es.md`;
const outside = (): string => mkdtempSync(join(tmpdir(), 'promokit-outside-'));

describe('confinement: nothing outside the project is read', () => {
  it('a glossary.yaml that is a symbolic link to a file outside: path-outside-project, not printed', () => {
    const dir = outside();
    writeFileSync(join(dir, 'secret.yaml'), 'terms:\n  - id: s\n    es: { term: SECRETO, definition: x }\n    en: { term: SECRET, definition: x }\n');
    const root = demoProject();
    rmSync(join(root, 'manuals/demo/glossary.yaml'));
    symlinkSync(join(dir, 'secret.yaml'), join(root, 'manuals/demo/glossary.yaml'));
    const d = only(check(root), 'path-outside-project');
    expect(d).toEqual([expect.objectContaining({ file: 'manuals/demo/glossary.yaml', line: 1, message: expect.stringContaining(join(dir, 'secret.yaml')) })]);
  });

  it('an image that is a symbolic link outside, and a ../ image path leaving the project', () => {
    const dir = outside();
    writeFileSync(join(dir, 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const root = demoProject({ [ES]: moduleEs('\n![Fuera](../../../../../../../../..' + join(dir, 'x.svg') + ')\n') });
    rmSync(join(root, DIR, 'img/persona.svg'));
    symlinkSync(join(dir, 'x.svg'), join(root, DIR, 'img/persona.svg'));
    const r = check(root);
    const d = only(r, 'path-outside-project');
    expect(d.map((x) => `${x.file}:${x.line}`).sort()).toEqual([`${DIR}/en.md:16`, `${DIR}/es.md:16`, `${DIR}/es.md:33`].sort());
    expect(d.every((x) => x.message.includes(dir))).toBe(true);
    expect(only(r, 'image-missing')).toEqual([]);
  });

  it('a FIFO named es.md is refused by name, without blocking', () => {
    const root = demoProject();
    rmSync(join(root, ES));
    execFileSync('mkfifo', [join(root, ES)]);
    const d = only(check(root), 'file-unreadable');
    expect(d).toEqual([expect.objectContaining({ file: ES, message: expect.stringMatching(/not a regular file/) })]);
  });

  it('a glossary.yaml that is a folder is file-unreadable, not an internal error', () => {
    const root = demoProject();
    rmSync(join(root, 'manuals/demo/glossary.yaml'));
    mkdirSync(join(root, 'manuals/demo/glossary.yaml'));
    expect(only(check(root), 'file-unreadable')).toEqual([expect.objectContaining({ file: 'manuals/demo/glossary.yaml', message: 'it is a folder, not a file' })]);
  });

  it('operating-system errors are said in words', () => {
    const err = (code: string): Error => Object.assign(new Error(code), { code });
    expect(osErrorText(err('EACCES'))).toBe('permission denied');
    expect(osErrorText(err('ENOTDIR'))).toBe('a part of its path is a file, not a folder');
    expect(osErrorText(err('ELOOP'))).toBe('its symbolic links form a loop');
  });
});

describe('YAML that attacks or lies', () => {
  it('an alias bomb is yaml-syntax, quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdef'[i]}`).join(',')}]`)].join('\n');
    const root = demoProject({ 'manuals/demo/glossary.yaml': `${bomb}\n` });
    const d = only(check(root), 'yaml-syntax');
    expect(d).toEqual([expect.objectContaining({ file: 'manuals/demo/glossary.yaml', message: expect.stringMatching(/alias/i) })]);
  });
  it('more keys than the limit are refused with the line where the limit is passed', () => {
    const y = parseYaml(Array.from({ length: LIMITS.yamlKeys + 5 }, (_, i) => `k${i}: 1`).join('\n'));
    expect(y.value).toBeUndefined();
    expect(y.errors).toEqual([{ line: LIMITS.yamlKeys + 1, message: expect.stringMatching(/more than 20000 keys/) }]);
  });
  it('a !!js/function tag, duplicate languages and too many languages are errors', () => {
    const tag = only(check(demoProject({ 'manuals/demo/manual.yaml': `${MANUAL_YAML}x: !!js/function "function () {}"\n` })), 'yaml-syntax');
    expect(tag).toEqual([expect.objectContaining({ line: 11, message: expect.stringMatching(/Unresolved tag/) })]);
    const dup = only(check(demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('[es, en]', '[es, en, es]') })), 'config-invalid');
    expect(dup).toEqual([expect.objectContaining({ line: 5, message: expect.stringMatching(/listed twice/) })]);
    const many = Array.from({ length: 30 }, (_, i) => `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const lots = only(check(demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('[es, en]', `[es, en, ${many.join(', ')}]`) })), 'config-invalid');
    expect(lots.map((x) => x.message)).toContain('field "languages": at most 20 languages');
  });
});

describe('Markdown past a limit is refused before it can hang a parser', () => {
  const cases: [string, string, string, RegExp][] = [
    ['lists nested 40 deep', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 'too-deep', /nested more than 16 deep/],
    ['block quotes nested 10,000 deep', `${'>'.repeat(10_000)} x`, 'too-deep', /nested more than 16 deep/],
    ['brackets nested 10,000 deep', `${'['.repeat(10_000)}x${']'.repeat(10_000)}`, 'too-deep', /brackets are nested/],
    ['a 5 MB paragraph', 'palabra '.repeat(120_000), 'input-too-large', /without a blank line/],
    ['a table of 3,000 rows', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(3000)}`, 'input-too-large', /3000 rows/],
    ['divs nested 1,000 deep', `${Array.from({ length: 1000 }, (_, i) => `::: d${i}`).join('\n')}\nx\n${':::\n'.repeat(1000)}`, 'too-deep', /nested more than 16 deep/],
  ];
  it.each(cases)('%s', (_, body, rule, message) => {
    const root = demoProject({ [ES]: moduleEs(`\n${body}\n`) });
    const d = only(check(root), rule);
    expect(d).toEqual([expect.objectContaining({ file: ES, severity: 'error', message: expect.stringMatching(message) })]);
    expect(d[0]!.line).toBeGreaterThanOrEqual(33);
  });
  it('a module file with front matter and no text is an error', () => {
    const root = demoProject({ [ES]: '---\ntitle: X\nduration: 30\nreviewed: 2026-10-01\n---\n' });
    expect(only(check(root), 'file-empty')).toEqual([expect.objectContaining({ file: ES, line: 6, message: 'the file has front matter but no text after it' })]);
    expect(only(check(root), 'section-mismatch')).toEqual([]);
  });
  it('a file over the size limit is not read', () => {
    const root = demoProject({ [`${DIR}/en.md`]: moduleEn(`\n${'word '.repeat(LIMITS.fileBytes / 5 + 10)}\n`) });
    expect(only(check(root), 'input-too-large')).toEqual([expect.objectContaining({ file: `${DIR}/en.md`, line: 1, message: expect.stringMatching(/more than the 2.0 MB/) })]);
  });
});

describe('raw Typst and HTML', () => {
  const raw = '\n```{=typst}\n#while true {}\n```\n\nVea `#x`{=typst} aquí.\n\n<div class="caja">\nTexto\n</div>\n\n<!-- una nota -->\n\n<a id="ancla"></a>\n';
  it('are refused unless manual.yaml sets allow_raw: true', () => {
    const d = only(check(demoProject({ [ES]: moduleEs(raw) })), 'raw-not-allowed');
    expect(d.map((x) => [x.line, x.message.split(':')[0]])).toEqual([
      [33, 'raw typst code'],
      [37, 'raw typst code'],
      [39, 'an HTML block'],
    ]);
    const allowed = demoProject({ [ES]: moduleEs(raw), 'manuals/demo/manual.yaml': `${MANUAL_YAML}allow_raw: true\n` });
    expect(only(check(allowed), 'raw-not-allowed')).toEqual([]);
  });
});

describe('folders and links that lead elsewhere', () => {
  it('a broken link under manuals/ is a finding, and the other manuals are still checked', () => {
    const root = demoProject();
    symlinkSync('/nonexistent-promokit', join(root, 'manuals/roto'));
    const r = check(root);
    expect(only(r, 'file-unreadable')).toEqual([expect.objectContaining({ file: 'manuals/roto', message: 'it is a symbolic link to something that does not exist' })]);
    expect(r.summary.manuals).toBe(1);
  });
  it('a manual.yaml that is a broken link is said, not a manual that vanishes', () => {
    const root = demoProject();
    rmSync(join(root, 'manuals/demo/manual.yaml'));
    symlinkSync('nada.yaml', join(root, 'manuals/demo/manual.yaml'));
    expect(check(root).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.rule])).toEqual([['manuals/demo/manual.yaml', 'file-unreadable']]);
  });
  it('an img/ folder, a module folder and a partner logo that lead outside are path-outside-project', () => {
    const dir = outside();
    mkdirSync(join(dir, 'img'));
    writeFileSync(join(dir, 'img/persona.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(dir, '02-fuera'));
    writeFileSync(join(dir, '02-fuera/es.md'), moduleEs());
    const yaml = `${MANUAL_YAML}partners:\n  - name: Fuera\n    logo: ../../../../../../../../..${join(dir, 'img/persona.svg')}\n`;
    const root = demoProject({ 'manuals/demo/manual.yaml': yaml });
    rmSync(join(root, DIR, 'img'), { recursive: true });
    symlinkSync(join(dir, 'img'), join(root, DIR, 'img'));
    symlinkSync(join(dir, '02-fuera'), join(root, 'manuals/demo/modules/02-fuera'));
    const r = check(root);
    const d = only(r, 'path-outside-project').map((x) => `${x.file}:${x.line}`);
    expect(d.sort()).toEqual([`${DIR}/en.md:16`, `${DIR}/es.md:16`, 'manuals/demo/manual.yaml:13', 'manuals/demo/modules/02-fuera:1'].sort());
    expect(only(r, 'image-missing')).toEqual([]);
    expect(r.summary.modules).toBe(1);
  });
  it('a missing partner logo is image-missing in check, as the build would fail on it', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': `${MANUAL_YAML}partners:\n  - name: Red\n    logo: img/logo.png\n` });
    expect(only(check(root), 'image-missing')).toEqual([expect.objectContaining({ file: 'manuals/demo/manual.yaml', line: 13, message: 'logo of Red not found: manuals/demo/img/logo.png' })]);
  });
});

describe('inputs that were slow', () => {
  it('more footnote marks than the limit are refused before parsing', () => {
    const body = Array.from({ length: 1500 }, (_, i) => `x[^${i}]\n\n[^${i}]: nota`).join('\n\n');
    expect(only(check(demoProject({ [ES]: moduleEs(`\n${body}\n`) })), 'input-too-large')).toEqual([expect.objectContaining({ file: ES, message: expect.stringMatching(/footnote marks/) })]);
  });
  it('8,000 anchors and links to them: every link found, none reported', () => {
    const body = Array.from({ length: 8000 }, (_, i) => `<a id="a${i}"></a>[ver ${i}](#a${i})`).join('\n\n');
    const r = check(demoProject({ [ES]: moduleEs(`\n${body}\n`) }));
    expect(only(r, 'link-broken')).toEqual([]);
  });
});

describe('allow_paths', () => {
  it('lets images come from a folder outside the project that manual.yaml lists, by ../ path or by link; nothing else', () => {
    const dir = outside();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/mapa.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'other.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const up = '../../../../../../../../..';
    const es = moduleEs(`\n![Mapa](${up}${join(dir, 'shared/mapa.svg')})\n\n![Otro](${up}${join(dir, 'other.svg')})\n`);
    const files = { [ES]: es };
    const refused = (root: string): string[] => only(check(root), 'path-outside-project').map((d) => `${d.file}:${d.line}`);
    const without = demoProject(files);
    symlinkSync(join(dir, 'shared/mapa.svg'), join(without, DIR, 'img/enlace.svg'));
    expect(refused(without)).toEqual([`${ES}:33`, `${ES}:35`]);
    const withAllow = demoProject({ ...files, 'manuals/demo/manual.yaml': `${MANUAL_YAML}allow_paths: [${join(dir, 'shared')}]\n` });
    symlinkSync(join(dir, 'shared/mapa.svg'), join(withAllow, DIR, 'img/enlace.svg'));
    const r = check(withAllow);
    expect(refused(withAllow)).toEqual([`${ES}:35`]);
    expect(only(r, 'image-missing')).toEqual([]);
  });
});
