import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iso6393 } from 'iso-639-3';
import { isLanguageCode, languageCodeProblem, languageName } from '../../src/model/languages.js';
import { LOCALE_WORD_KEYS, localeWords, SHIPPED_LOCALES_DIR } from '../../src/model/locales.js';
import { loadProject } from '../../src/model/load-project.js';
import { ManualConfig } from '../../src/model/schema.js';
import { parseYaml } from '../../src/model/yaml.js';
import { check, only } from '../helpers/check.js';
import { demoProject, MANUAL_YAML, moduleEs } from '../helpers/fixture.js';

const THREE = MANUAL_YAML.replace('languages: [es, en]', 'languages: [es, en, mix]').replace('  en: Test manual\n', '  en: Test manual\n  mix: Manual de prueba\n');
const MIX = 'manuals/demo/modules/01-estres/mix.md';
const MIX_MODULE = moduleEs().replace('title: El estrés', 'title: Demostración');

const manualOf = (root: string) => {
  const loaded = loadProject(root);
  expect(loaded.project.manuals).toHaveLength(1);
  return loaded.project.manuals[0]!;
};

describe('language codes', () => {
  it('accept ISO 639-1 and ISO 639-3 codes of the list, Indigenous languages of Mexico among them', () => {
    for (const code of ['es', 'en', 'pt', 'mix', 'zap', 'trs', 'trc', 'tsz', 'nhe']) expect(languageCodeProblem(code), code).toBeUndefined();
    expect(languageName('mix')).toBe('Mixtepec Mixtec');
    expect(languageName('tsz')).toBe('Purepecha');
    expect(languageName('es')).toBe('Spanish');
  });

  it('refuse what the list does not hold, with why', () => {
    expect(languageCodeProblem('qqq')).toMatch(/"qqq" is not an ISO 639-3 language code/);
    expect(languageCodeProblem('xx')).toMatch(/"xx" is not an ISO 639-1 language code/);
    expect(languageCodeProblem('xx1')).toMatch(/2 or 3 lowercase letters/);
    expect(languageCodeProblem('spa')).toMatch(/write "es"/);
    expect(languageCodeProblem('und')).toMatch(/not a language/);
    // nah is an ISO 639-2/639-5 group of languages, not in ISO 639-3
    expect(languageCodeProblem('nah')).toMatch(/choose the variety/);
  });

  it('agree with the package for every code it lists', () => {
    const listed = iso6393.filter((l) => l.scope !== 'special');
    for (const l of listed) expect(isLanguageCode(l.iso6391 ?? l.iso6393), l.iso6393).toBe(true);
    expect(listed.length).toBeGreaterThan(7000);
  });
});

describe('manual.yaml languages', () => {
  it('a manual in es, en and mix passes the schema and the check of codes', () => {
    const yaml = parseYaml(THREE);
    const parsed = ManualConfig.safeParse(yaml.value);
    expect(parsed.success).toBe(true);
    const root = demoProject({ 'manuals/demo/manual.yaml': THREE, [MIX]: MIX_MODULE });
    const result = check(root);
    expect(only(result, 'language-unknown')).toEqual([]);
    expect(only(result, 'config-invalid')).toEqual([]);
    expect(manualOf(root).config.languages).toEqual(['es', 'en', 'mix']);
  });

  it('an unknown code is refused with the file, the line and the field', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('languages: [es, en]', 'languages:\n  - es\n  - en\n  - qqq') });
    expect(only(check(root), 'language-unknown')).toEqual([
      expect.objectContaining({ file: 'manuals/demo/manual.yaml', line: 8, severity: 'error', message: expect.stringMatching(/^languages\[2\]: "qqq" is not an ISO 639-3/) }),
    ]);
    const bad = demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML.replace('languages: [es, en]', 'languages: [es, xx1]') });
    expect(only(check(bad), 'config-invalid')).toEqual([
      expect.objectContaining({ file: 'manuals/demo/manual.yaml', line: 5, message: expect.stringMatching(/languages.*2–3 lowercase letters/) }),
    ]);
  });
});

describe('shipped locales', () => {
  it('es, en and pt hold every word, with the same keys', () => {
    const files = readdirSync(SHIPPED_LOCALES_DIR).sort();
    expect(files).toEqual(['en.yaml', 'es.yaml', 'pt.yaml']);
    for (const f of files) {
      const value = parseYaml(readFileSync(join(SHIPPED_LOCALES_DIR, f), 'utf8')).value as { words: Record<string, string> };
      expect(Object.keys(value.words).sort(), f).toEqual([...LOCALE_WORD_KEYS].sort());
    }
  });

  it('give the words the PDFs print today', () => {
    const manual = manualOf(demoProject());
    expect(localeWords(manual, 'es').words).toMatchObject({ contents: 'Contenido', module: 'Módulo', glossary: 'Glosario', duration: 'Duración', objectives: 'Objetivos', language: 'Español' });
    expect(localeWords(manual, 'en').words).toMatchObject({ contents: 'Contents', key: 'Key messages', facilitator: 'For the facilitator' });
    expect(localeWords(manual, 'pt').words.contents).toBe('Sumário');
  });
});

describe('a project locale', () => {
  it('a language without words falls back to the manual\'s first language, and check says so once', () => {
    const root = demoProject({ 'manuals/demo/manual.yaml': THREE, [MIX]: MIX_MODULE });
    const r = localeWords(manualOf(root), 'mix');
    expect(r.words.contents).toBe('Contenido');
    expect(r.from.contents).toEqual({ lang: 'es', file: "promokit's locales/es.yaml" });
    expect(r.missing).toEqual([...LOCALE_WORD_KEYS]);
    const d = only(check(root), 'locale-words-missing');
    expect(d).toEqual([expect.objectContaining({ file: 'manuals/demo/manual.yaml', line: 6, severity: 'warning', message: expect.stringMatching(/^mix \(Mixtepec Mixtec\) has no interface words: the PDFs print the es words \("Contenido", .*Add locales\/mix\.yaml/) })]);
  });

  it('missing words are reported with the key and the file, and come from the named fallback', () => {
    const root = demoProject({
      'manuals/demo/manual.yaml': THREE,
      [MIX]: MIX_MODULE,
      'locales/mix.yaml': 'fallback: en\nwords:\n  contents: Nuu tutu\n  module: Tutu\n',
    });
    const r = localeWords(manualOf(root), 'mix');
    expect(r.words).toMatchObject({ contents: 'Nuu tutu', module: 'Tutu', glossary: 'Glossary' });
    expect(r.from.glossary).toEqual({ lang: 'en', file: "promokit's locales/en.yaml" });
    const d = only(check(root), 'locale-words-missing');
    expect(d).toHaveLength(LOCALE_WORD_KEYS.length - 2);
    expect(d[0]).toMatchObject({ file: 'locales/mix.yaml', line: 2, lang: 'mix' });
    expect(d.map((x) => x.message)).toContainEqual('no word for "glossary" in mix: the PDFs print the en word "Glossary" (from promokit\'s locales/en.yaml); add words.glossary to this file');
  });

  it('the manual\'s own file wins over the project\'s, word by word', () => {
    const root = demoProject({
      'manuals/demo/manual.yaml': THREE,
      [MIX]: MIX_MODULE,
      'locales/mix.yaml': 'words:\n  contents: De la raíz\n  module: Tutu\n',
      'manuals/demo/locales/mix.yaml': 'words:\n  contents: Del manual\n',
      'locales/es.yaml': 'words:\n  contents: Índice\n',
    });
    const manual = manualOf(root);
    const mix = localeWords(manual, 'mix');
    expect(mix.words).toMatchObject({ contents: 'Del manual', module: 'Tutu', glossary: 'Glosario' });
    expect(mix.own.map((l) => l.file)).toEqual(['manuals/demo/locales/mix.yaml', 'locales/mix.yaml']);
    // a project may change a shipped word too
    expect(localeWords(manual, 'es').words).toMatchObject({ contents: 'Índice', module: 'Módulo' });
    expect(only(check(root), 'locale-words-missing')[0]).toMatchObject({ file: 'manuals/demo/locales/mix.yaml' });
  });

  it('an invalid locale file is an error on its line; the words fall back', () => {
    const root = demoProject({
      'manuals/demo/manual.yaml': THREE,
      [MIX]: MIX_MODULE,
      'locales/mix.yaml': 'fallback: qqq\nwords:\n  contents: Nuu\n  contnets: typo\n',
    });
    const d = only(check(root), 'locale-invalid');
    expect(d).toEqual([expect.objectContaining({ file: 'locales/mix.yaml', line: 4, severity: 'error', message: expect.stringContaining('contnets') })]);
    const fallback = demoProject({ 'manuals/demo/manual.yaml': THREE, [MIX]: MIX_MODULE, 'locales/mix.yaml': 'fallback: qqq\nwords:\n  contents: Nuu\n' });
    expect(only(check(fallback), 'locale-invalid')).toEqual([expect.objectContaining({ file: 'locales/mix.yaml', line: 1, message: expect.stringMatching(/^fallback: "qqq"/) })]);
    expect(localeWords(manualOf(fallback), 'mix').words).toMatchObject({ contents: 'Nuu', module: 'Módulo' });
  });

  it('a fallback chain that loops still ends with every word', () => {
    const root = demoProject({
      'manuals/demo/manual.yaml': MANUAL_YAML.replace('languages: [es, en]', 'languages: [mix, zap]').replace('title:\n', 'title:\n  mix: A\n  zap: B\n'),
      'locales/mix.yaml': 'fallback: zap\nwords:\n  contents: M\n',
      'locales/zap.yaml': 'fallback: mix\nwords:\n  module: Z\n',
    });
    const words = localeWords(manualOf(root), 'mix').words;
    expect(words).toMatchObject({ contents: 'M', module: 'Z', glossary: 'Glossary' });
    expect(Object.keys(words)).toHaveLength(LOCALE_WORD_KEYS.length);
  });
});
