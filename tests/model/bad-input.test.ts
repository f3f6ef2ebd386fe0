import { describe, expect, it } from 'vitest';
import { check, only, rules } from '../helpers/check.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs } from '../helpers/fixture.js';
import { loadProject } from '../../src/model/load-project.js';
import { UsageError } from '../../src/errors.js';

const ES = 'manuals/demo/modules/01-estres/es.md';

describe('bad input gives findings with file and line, never a crash', () => {
  it('malformed manual.yaml: yaml-syntax with its line', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': 'id: demo\ntitle: [es, en\nlanguages: [es]\n' });
    const d = only(check(root), 'yaml-syntax');
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]!.file).toBe('manuals/demo/manual.yaml');
    expect(d[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('invalid manual.yaml field: config-invalid names field and line', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('license: CC BY-SA 4.0\n', '').replace('review_interval_months: 24', 'review_interval_months: soon') });
    const d = only(check(root), 'config-invalid');
    expect(d.map((x) => x.message)).toEqual(
      expect.arrayContaining(['field "license" is missing', expect.stringMatching(/^field "review_interval_months": /)]),
    );
    expect(d.find((x) => x.message.startsWith('field "review_interval_months"'))!.line).toBe(9);
  });

  it('malformed front matter YAML: front-matter on the right line', () => {
    const es = moduleEs().replace('title: El estrés', 'title: [El estrés');
    const d = only(check(demoProject({ [ES]: es })), 'front-matter');
    expect(d[0]).toMatchObject({ file: ES });
    expect(d[0]!.line).toBeGreaterThanOrEqual(2);
    expect(d[0]!.line).toBeLessThanOrEqual(5);
  });

  it('a binary file named es.md: file-unreadable', () => {
    const root = demoProject({ [ES]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]) });
    const d = only(check(root), 'file-unreadable');
    expect(d).toEqual([expect.objectContaining({ file: ES, line: 1, severity: 'error', message: expect.stringMatching(/binary/) })]);
    expect(only(check(root), 'language-file-missing')).toEqual([]);
  });

  it('Latin-1 text: file-unreadable that says to save as UTF-8', () => {
    const latin1 = Buffer.from(moduleEs(), 'latin1');
    const d = only(check(demoProject({ [ES]: latin1 })), 'file-unreadable');
    expect(d[0]!.message).toMatch(/not valid UTF-8/);
  });

  it('a BOM: a file-bom warning, and the file is read normally', () => {
    const root = demoProject({ [ES]: `\ufeff${moduleEs()}` });
    const r = check(root);
    expect(only(r, 'file-bom')).toEqual([expect.objectContaining({ file: ES, severity: 'warning' })]);
    expect(only(r, 'front-matter')).toEqual([]);
  });

  it('CRLF line ends read exactly like LF (same lines, no finding)', () => {
    const lf = check(demoProject());
    const crlf = check(demoProject({ [ES]: moduleEs().replace(/\n/g, '\r\n'), 'manuals/demo/modules/01-estres/en.md': moduleEn().replace(/\n/g, '\r\n') }));
    expect(crlf.diagnostics).toEqual(lf.diagnostics);
  });

  it('an empty file: file-empty', () => {
    expect(only(check(demoProject({ [ES]: '' })), 'file-empty')).toEqual([expect.objectContaining({ file: ES, line: 1 })]);
    expect(only(check(demoProject({ [ES]: '\n\n  \n' })), 'file-empty')).toHaveLength(1);
  });

  it('a manual with no modules: no-modules', () => {
    const root = demoProject();
    const r = check(root, []);
    expect(rules(r)).not.toContain('no-modules');
    const empty = demoProject({});
    const { rmSync } = require('node:fs') as typeof import('node:fs');
    rmSync(`${empty}/manuals/demo/modules`, { recursive: true });
    expect(only(check(empty), 'no-modules')).toEqual([expect.objectContaining({ file: 'manuals/demo/manual.yaml', severity: 'error' })]);
  });

  it('an unknown language code: language-unknown on its line', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('languages: [es, en]', 'languages:\n  - es\n  - en\n  - qq') });
    const d = only(check(root), 'language-unknown');
    expect(d).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining('"qq"') })]);
  });

  it('a badly named module folder: module-folder-name', () => {
    const root = demoProject({ 'manuals/demo/modules/Estres Final/es.md': moduleEs() });
    expect(only(check(root), 'module-folder-name')).toHaveLength(1);
  });

  it('a language file the manual does not list: language-file-unexpected', () => {
    const root = demoProject({ 'manuals/demo/modules/01-estres/pt.md': moduleEs() });
    expect(only(check(root), 'language-file-unexpected')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('a path that does not exist is a usage error', () => {
    const root = demoProject();
    expect(() => loadProject(root, ['manuals/nope'], root)).toThrow(UsageError);
    expect(() => loadProject(root, ['/tmp'], root)).toThrow(/not inside/);
  });

  it('a module path checks only that module', () => {
    const root = demoProject({ 'manuals/demo/modules/02-otro/es.md': moduleEs() });
    const all = check(root);
    expect(only(all, 'language-file-missing').map((d) => d.module)).toEqual(['02-otro']);
    const one = check(root, ['manuals/demo/modules/01-estres']);
    expect(one.summary.modules).toBe(1);
    expect(only(one, 'language-file-missing')).toEqual([]);
  });
});
