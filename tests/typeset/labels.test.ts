// Per-language labels (edition, license) and the hyphenation setting: from
// manual.yaml through the schema to what a document in each language gets.
import { describe, expect, it } from 'vitest';
import { ManualConfig } from '../../src/model/schema.js';
import { hyphenates, perLanguage } from '../../src/typeset/document.js';

const BASE = { id: 'm', title: { es: 'T', en: 'T' }, languages: ['es', 'en'], organization: 'O', license: 'CC BY 4.0' };

describe('manual.yaml', () => {
  it('takes edition as a string, a number or one per language', () => {
    expect(ManualConfig.parse({ ...BASE, edition: '1.ª edición' }).edition).toBe('1.ª edición');
    expect(ManualConfig.parse({ ...BASE, edition: 2026 }).edition).toBe('2026');
    expect(ManualConfig.parse({ ...BASE, edition: { es: '1.ª edición', en: '1st edition' } }).edition).toEqual({ es: '1.ª edición', en: '1st edition' });
    expect(ManualConfig.safeParse({ ...BASE, edition: { es: '' } }).success).toBe(false);
  });

  it('takes typography.hyphenate as a boolean or one per language, nothing else', () => {
    expect(ManualConfig.parse({ ...BASE, edition: '1', typography: { hyphenate: true } }).typography).toEqual({ hyphenate: true });
    expect(ManualConfig.parse({ ...BASE, edition: '1', typography: { hyphenate: { pt: true } } }).typography).toEqual({ hyphenate: { pt: true } });
    expect(ManualConfig.safeParse({ ...BASE, edition: '1', typography: { hyphenate: 'yes' } }).success).toBe(false);
    expect(ManualConfig.safeParse({ ...BASE, edition: '1', typography: { measure: 10 } }).success).toBe(false);
  });
});

describe('perLanguage', () => {
  it('repeats a plain string in every language', () => {
    expect(perLanguage('CC BY 4.0', ['es', 'en'])).toEqual({ es: 'CC BY 4.0', en: 'CC BY 4.0' });
  });
  it("gives each language its own, and one without its own the first listed language's", () => {
    expect(perLanguage({ es: '1.ª edición', en: '1st edition' }, ['en'])).toEqual({ en: '1st edition' });
    expect(perLanguage({ es: '1.ª edición' }, ['en', 'es'])).toEqual({ en: '1.ª edición', es: '1.ª edición' });
    expect(perLanguage({ pt: '1.ª edição' }, ['es'])).toEqual({ es: '1.ª edição' });
  });
});

describe('hyphenates', () => {
  it('is false unless the manual allows it, for the language asked', () => {
    expect(hyphenates(undefined, 'es')).toBe(false);
    expect(hyphenates(undefined, 'en')).toBe(false);
    expect(hyphenates(true, 'en')).toBe(true);
    expect(hyphenates({ pt: true }, 'pt')).toBe(true);
    expect(hyphenates({ pt: true }, 'es')).toBe(false);
  });
});
