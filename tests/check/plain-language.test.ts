import { describe, expect, it } from 'vitest';
import { check, only } from '../helpers/check.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const EN = 'manuals/demo/modules/01-estres/en.md';
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** n distinct words, a capital first and a full stop last. */
const sentence = (n: number, word = 'palabra'): string => `Una ${Array.from({ length: n - 1 }, (_, i) => `${word}${i}`).join(' ')}.`;

// A 50-word bureaucratic sentence over three source lines.
const LONG_ES = `La implementación de las estrategias comunitarias de promoción de la salud mental que se
describen en el presente documento requiere la participación coordinada de las instituciones gubernamentales, las
organizaciones no gubernamentales, los representantes de la comunidad y las familias migrantes que residen en la región durante la temporada agrícola anual.`;

describe('sentence-long', () => {
  it('fires on a 50-word sentence at the line where it starts, with its length', () => {
    const es = moduleEs(`\n## Contexto {#context}\n\n${LONG_ES}\n`);
    const d = only(check(demoProject({ [ES]: es })), 'sentence-long');
    expect(d).toEqual([
      expect.objectContaining({
        file: ES,
        line: lineOf(es, 'La implementación'),
        severity: 'warning',
        module: '01-estres',
        lang: 'es',
        message: expect.stringMatching(/^a sentence of 50 words, more than 25 \(the default; plain_language\.sentence_words in manual\.yaml changes it\): "La implementación de las estrategias .*…"; split it into shorter sentences$/),
      }),
    ]);
  });

  it('is quiet for two sentences of 20 words in one paragraph, and for facilitator notes', () => {
    const es = moduleEs(`\n## Contexto {#context}\n\n${sentence(20)} ${sentence(20, 'otra')}\n\n::: facilitator\n${LONG_ES}\n:::\n`);
    expect(only(check(demoProject({ [ES]: es })), 'sentence-long')).toEqual([]);
  });

  it('takes its limit from plain_language.sentence_words; false turns it off', () => {
    const es = moduleEs(`\n## Contexto {#context}\n\n${sentence(20)}\n\n${sentence(12, 'corta')}\n`);
    const strict = demoProject({ [ES]: es, 'manuals/demo/manual.yaml': `${MANUAL_YAML}plain_language: { sentence_words: 15 }\n` });
    const d = only(check(strict), 'sentence-long');
    expect(d.map((x) => [x.line, x.message.slice(0, 60)])).toEqual([[lineOf(es, 'palabra0'), 'a sentence of 20 words, more than 15 (plain_language.sentenc']]);
    const off = demoProject({ [ES]: moduleEs(`\n## Contexto {#context}\n\n${LONG_ES}\n`), 'manuals/demo/manual.yaml': `${MANUAL_YAML}plain_language: { sentence_words: false }\n` });
    expect(only(check(off), 'sentence-long')).toEqual([]);
    const bad = demoProject({ 'manuals/demo/manual.yaml': `${MANUAL_YAML}plain_language: { sentence_words: 2 }\n` });
    expect(only(check(bad), 'config-invalid')).toEqual([expect.objectContaining({ line: 11, message: expect.stringContaining('plain_language.sentence_words') })]);
  });
});

const PLAIN_WORDS = `es:
  utiliz*: usar
  con el fin de: para
  implementación: [puesta en marcha, hacer]
en:
  implementation: doing
  utilize: use
`;

describe('word-plain', () => {
  it('names the word, its line and the plainer word, from the project\'s plain-words.yaml', () => {
    const es = moduleEs('\n## Contexto {#context}\n\nLas promotoras utilizan mapas con el\nfin de orientar. La Implementación tarda.\n');
    const en = moduleEn('\n## Context {#context}\n\nWe utilize maps. Implementation takes time; implementations too.\n');
    const root = demoProject({ [ES]: es, [EN]: en, 'plain-words.yaml': PLAIN_WORDS });
    const d = only(check(root), 'word-plain').map((x) => [x.file, x.line, x.severity, x.message]);
    expect(d).toEqual([
      [EN, lineOf(en, 'We utilize'), 'warning', '"utilize" → "use": plain-words.yaml asks for plainer words'],
      [EN, lineOf(en, 'We utilize'), 'warning', '"Implementation" → "doing": plain-words.yaml asks for plainer words'],
      [ES, lineOf(es, 'utilizan'), 'warning', '"utilizan" → "usar": plain-words.yaml (listed as "utiliz*") asks for plainer words'],
      [ES, lineOf(es, 'utilizan'), 'warning', '"con el fin de" → "para": plain-words.yaml asks for plainer words'],
      [ES, lineOf(es, 'La Implementación'), 'warning', '"Implementación" → "puesta en marcha" or "hacer": plain-words.yaml asks for plainer words'],
    ]);
  });

  it('lets a manual\'s own list override the project\'s, and is quiet without a list', () => {
    const es = moduleEs('\n## Contexto {#context}\n\nLas promotoras utilizan mapas.\n');
    const root = demoProject({ [ES]: es, 'plain-words.yaml': PLAIN_WORDS, 'manuals/demo/plain-words.yaml': 'es:\n  utiliz*: emplear\n' });
    expect(only(check(root), 'word-plain').map((x) => x.message)).toEqual(['"utilizan" → "emplear": manuals/demo/plain-words.yaml (listed as "utiliz*") asks for plainer words']);
    expect(only(check(demoProject({ [ES]: es })), 'word-plain')).toEqual([]);
  });

  it('an invalid list is an error on its line', () => {
    const root = demoProject({ 'plain-words.yaml': 'es:\n  utilizar: usar\n  "*": nada\n' });
    expect(only(check(root), 'plain-words-invalid')).toEqual([expect.objectContaining({ file: 'plain-words.yaml', line: 3, severity: 'error' })]);
  });
});

describe('word-long', () => {
  it('is off unless plain_language.word_letters is set; then names each long word once per line', () => {
    const es = moduleEs('\n## Contexto {#context}\n\nLas responsabilidades interinstitucionales y las responsabilidades.\n');
    expect(only(check(demoProject({ [ES]: es })), 'word-long')).toEqual([]);
    const root = demoProject({ [ES]: es, 'manuals/demo/manual.yaml': `${MANUAL_YAML}plain_language: { word_letters: 16 }\n` });
    expect(only(check(root), 'word-long').map((x) => [x.line, x.message])).toEqual([
      [lineOf(es, 'interinstitucionales'), '"responsabilidades" has 17 letters, more than 16 (plain_language.word_letters in manual.yaml): a shorter, everyday word is easier to read'],
      [lineOf(es, 'interinstitucionales'), '"interinstitucionales" has 20 letters, more than 16 (plain_language.word_letters in manual.yaml): a shorter, everyday word is easier to read'],
    ]);
  });
});
