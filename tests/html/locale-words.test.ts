// The HTML edition's interface words come from the same locale files as the
// PDFs': the project's own (beside manual.yaml, then at the root) before
// promokit's shipped ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHtml, type HtmlResult } from '../../src/html/build-html.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';

describe('the HTML edition with a project locale file', () => {
  let root: string;
  let result: HtmlResult;
  beforeAll(async () => {
    const files = demoManual('demo', 1, { extra: { 1: { es: '\n::: tip\nUn consejo.\n:::\n', en: '\n::: tip\nA tip.\n:::\n' } } });
    // A manual's own words, and the project's: the manual's win.
    files['manuals/demo/locales/en.yaml'] = 'words:\n  contents: Topics in this guide\n  tip: Good to know\n';
    files['locales/en.yaml'] = 'words:\n  contents: Not this one\n  glossary: Words to know\n  module: Lesson\n';
    files['locales/es.yaml'] = 'words:\n  choose_language: Elija su idioma\n';
    root = writeProject(files);
    result = await buildHtml(load(root), { out: join(root, 'out'), perModule: false, sourceDateEpoch: '1767225600' });
  }, 300_000);

  it('prints the project words, not the shipped ones', () => {
    expect(result.failures.map((f) => f.format())).toEqual([]);
    const en = readFileSync(join(root, 'out/demo/demo.en.html'), 'utf8');
    expect(en).toContain('Topics in this guide');
    expect(en).not.toContain('Not this one');
    expect(en).toContain('Words to know');
    expect(en).toMatch(/Lesson 1/);
    expect(en).not.toMatch(/>\s*Contents\s*</);
    const both = readFileSync(join(root, 'out/demo/demo.html'), 'utf8');
    expect(both).toContain('Elija su idioma');
  });

  it('names callouts with the project words (the Lua filter gets them too)', () => {
    const en = readFileSync(join(root, 'out/demo/demo.en.html'), 'utf8');
    expect(en).toMatch(/pk-callout-title">\s*Good to know/);
  });
});
