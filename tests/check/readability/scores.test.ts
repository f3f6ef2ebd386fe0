import { describe, expect, it } from 'vitest';
import { analyse, fernandezHuerta, fleschKincaidGrade, longestSentences, smogGrade, szigrisztPazos } from '../../../src/check/readability/scores.js';

describe('Spanish scales, by hand', () => {
  it('"El gato come pan. La casa es grande."', () => {
    // El(1) ga-to(2) co-me(2) pan(1) · La(1) ca-sa(2) es(1) gran-de(2)
    // = 8 words, 12 syllables, 2 sentences.
    // FH:  P = 100·12/8 = 150 syllables per 100 words, F = 8/2 = 4 words per sentence
    //      → 206.84 − 0.60·150 − 1.02·4 = 206.84 − 90 − 4.08 = 112.76
    // SzP: 206.835 − 62.3·(12/8) − 8/2 = 206.835 − 93.45 − 4 = 109.385
    const r = analyse('El gato come pan. La casa es grande.', 'es')!;
    expect(r.counts).toEqual({ words: 8, sentences: 2, syllables: 12, polysyllables: 0 });
    expect(r.scores.fernandez_huerta).toBeCloseTo(112.76, 6);
    expect(r.scores.szigriszt).toBeCloseTo(109.385, 6);
  });
  it('"El niño pasea por el país. ¿Tienes miedo?" (hiatus and diphthongs)', () => {
    // El(1) ni-ño(2) pa-se-a(3) por(1) el(1) pa-ís(2) · Tie-nes(2) mie-do(2)
    // = 8 words, 14 syllables, 2 sentences, 1 word of 3+ syllables.
    // FH:  P = 175, F = 4 → 206.84 − 105 − 4.08 = 97.76
    // SzP: 206.835 − 62.3·1.75 − 4 = 206.835 − 109.025 − 4 = 93.81
    const r = analyse('El niño pasea por el país.\n\n¿Tienes miedo?', 'es')!;
    expect(r.counts).toEqual({ words: 8, sentences: 2, syllables: 14, polysyllables: 1 });
    expect(r.scores.fernandez_huerta).toBeCloseTo(97.76, 6);
    expect(r.scores.szigriszt).toBeCloseTo(93.81, 6);
    expect(r.scores.fk_grade).toBeUndefined();
  });
});

describe('English scales, by hand', () => {
  it('"The cat sat on the mat. It was a very good day."', () => {
    // 6 + 6 = 12 words; syllables 6 + (1+1+1+2+1+1) = 13; 2 sentences; no word of 3+.
    // FK:   0.39·(12/2) + 11.8·(13/12) − 15.59 = 2.34 + 12.78333… − 15.59 = −0.46667
    // SMOG: 1.0430·√(0·30/2) + 3.1291 = 3.1291
    const r = analyse('The cat sat on the mat. It was a very good day.', 'en')!;
    expect(r.counts).toEqual({ words: 12, sentences: 2, syllables: 13, polysyllables: 0 });
    expect(r.scores.fk_grade).toBeCloseTo(-0.466667, 5);
    expect(r.scores.smog).toBeCloseTo(3.1291, 6);
  });
  it('"Community organizations help families. Everyone is welcome."', () => {
    // com-mu-ni-ty(4) or-ga-ni-za-tions(5) help(1) fam-i-lies(3) · ev-ery-one(3) is(1) wel-come(2)
    // = 7 words, 19 syllables, 2 sentences, 4 words of 3+ syllables.
    // FK:   0.39·3.5 + 11.8·19/7 − 15.59 = 1.365 + 32.028571 − 15.59 = 17.803571
    // SMOG: 1.0430·√(4·30/2) + 3.1291 = 1.0430·7.745967 + 3.1291 = 11.208143
    const r = analyse('Community organizations help families. Everyone is welcome.', 'en')!;
    expect(r.counts).toEqual({ words: 7, sentences: 2, syllables: 19, polysyllables: 4 });
    expect(r.scores.fk_grade).toBeCloseTo(17.803571, 5);
    expect(r.scores.smog).toBeCloseTo(11.208143, 5);
  });
});

describe('formulas on counts', () => {
  it('match the published definitions', () => {
    const c = { words: 100, sentences: 5, syllables: 150, polysyllables: 10 };
    expect(fernandezHuerta(c)).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 20, 10);
    expect(szigrisztPazos(c)).toBeCloseTo(206.835 - 62.3 * 1.5 - 20, 10);
    expect(fleschKincaidGrade(c)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 10);
    expect(smogGrade(c)).toBeCloseTo(1.043 * Math.sqrt(60) + 3.1291, 10);
  });
});

describe('Fernández-Huerta uses words per sentence (Law 2011), so shorter sentences score higher', () => {
  it('splitting a sentence raises every score', () => {
    const long = analyse('El niño come pan y la niña bebe agua y el perro duerme.', 'es')!;
    const short = analyse('El niño come pan. La niña bebe agua. El perro duerme.', 'es')!;
    expect(short.scores.fernandez_huerta!).toBeGreaterThan(long.scores.fernandez_huerta!);
    expect(short.scores.szigriszt!).toBeGreaterThan(long.scores.szigriszt!);
    const longEn = analyse('The boy eats bread and the girl drinks water and the dog sleeps.', 'en')!;
    const shortEn = analyse('The boy eats bread. The girl drinks water. The dog sleeps.', 'en')!;
    expect(shortEn.scores.fk_grade!).toBeLessThan(longEn.scores.fk_grade!);
  });
});

describe('analyse', () => {
  it('has no scales for a language without a syllable counter, and gives lines of the longest sentences', () => {
    expect(analyse('Olá.', 'pt')).toBeUndefined();
    const r = analyse('## Título {#t}\n\nCorta.\n\nUna frase bastante más larga que las otras dos.\n\n::: facilitator\nEsta nota es la frase más larga de todas pero no se lee en voz alta.\n:::\n', 'es', 5)!;
    expect(longestSentences(r, 2).map((s) => [s.line, s.words])).toEqual([[9, 9], [5, 1]]);
  });
});
