// Spanish syllables, counted as the RAE's Ortografía (2010) divides words:
// one syllable per vowel nucleus, where
//   - a diphthong or triphthong (an unstressed i/u/ü next to another vowel,
//     or i+u / u+i) is one nucleus: ciu-dad, cui-da-do, fue-go, U-ru-guay, buey;
//   - a hiatus is two: two strong vowels (a, e, o: le-er, po-e-ta, a-é-re-o),
//     or a stressed í/ú next to another vowel (pa-ís, dí-a, re-ír, o-í-do);
//   - h is silent and does not break a diphthong (ahu-ma-do, prohi-bir), while
//     a written accent still makes a hiatus across it (bú-ho, ve-hí-cu-lo);
//   - u is silent in gue, gui, que, qui (gui-ta-rra, tran-qui-lo), but not in
//     güe, güi (pin-güi-no);
//   - y is a vowel (i) at the end of a word or before a consonant (hoy, muy,
//     rey), a consonant before a vowel (ya, a-yu-da).

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü', 'y']);
const VOWELS = new Set([...STRONG, ...WEAK, 'à', 'è', 'ì', 'ò', 'ù', 'ï']);

/** Lowercase letters of a word, with silent letters and consonant y/u resolved. */
function normalise(word: string): string {
  let w = word.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, '');
  // Grave accents and ï occur in loanwords; treat them as the plain vowel's class.
  w = w.replace(/[àèò]/g, (c) => ({ à: 'a', è: 'e', ò: 'o' })[c] ?? c).replace(/[ìï]/g, 'i').replace(/ù/g, 'u');
  w = w.replace(/h/g, ''); // silent (ch is a consonant either way)
  w = w.replace(/([gq])u([eéiíy])/g, '$1$2'); // gue, gui, que, qui: silent u
  // y before a vowel is a consonant: mark it with a consonant letter.
  w = w.replace(/y(?=[aeiouáéíóúü])/g, 'j');
  return w;
}

function isHiatus(a: string, b: string): boolean {
  if (STRONG.has(a) && STRONG.has(b)) return true; // le-er, po-e-ta, pa-ís, bú-ho
  if ((a === 'i' || a === 'y') && b === 'i') return true; // chi-i-ta
  if (a === 'u' && b === 'u') return true; // du-un-vi-ro
  return false;
}

/** Number of syllables of one Spanish word (at least 1 for any word with a letter). */
export function syllablesEs(word: string): number {
  const w = normalise(word);
  if (w === '') return 0;
  let count = 0;
  let prev: string | undefined;
  for (const c of w) {
    if (!VOWELS.has(c)) {
      prev = undefined;
      continue;
    }
    if (prev === undefined || isHiatus(prev, c)) count++;
    prev = c;
  }
  return Math.max(count, 1);
}
