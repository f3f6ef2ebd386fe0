// Readability scales. Spanish: Fernández-Huerta (1959) and Szigriszt-Pazos
// (1993, read on the INFLESZ scale); English: Flesch–Kincaid grade (1975) and
// SMOG (McLaughlin 1969). Pure functions of counts; `analyse` gets the counts
// from a Markdown body.
import { lineAt, plainText } from './plain-text.js';
import type { TextBlock } from '../../model/types.js';
import { splitSentences } from './sentences.js';
import { syllablesEn } from './syllables-en.js';
import { syllablesEs } from './syllables-es.js';

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of 3 or more syllables (SMOG). */
  polysyllables: number;
}

/**
 * 206.84 − 0.60·P − 1.02·F; P = syllables per 100 words, F = words per
 * sentence. Higher is easier (60–70 normal for adults, 70–80 fairly easy).
 *
 * F is the mean sentence length, as in Flesch's formula that Fernández Huerta
 * (1959) adapted (206.835 − 0.846·P − 1.015·F). The often-quoted reading "F =
 * sentences per 100 words" is a misprint (G. Law, "Error in the Fernandez
 * Huerta Readability Formula", LINGUIST List 22.2332, 2011): with it, splitting
 * a long sentence in two would lower the score.
 */
export function fernandezHuerta(c: TextCounts): number {
  const p = (100 * c.syllables) / c.words;
  const f = c.words / c.sentences;
  return 206.84 - 0.6 * p - 1.02 * f;
}

/** 206.835 − 62.3·syllables/words − words/sentences. Higher is easier (INFLESZ: 55–65 normal, 65–80 fairly easy). */
export function szigrisztPazos(c: TextCounts): number {
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** 0.39·words/sentences + 11.8·syllables/words − 15.59: a US school grade. Lower is easier. */
export function fleschKincaidGrade(c: TextCounts): number {
  return (0.39 * c.words) / c.sentences + (11.8 * c.syllables) / c.words - 15.59;
}

/** 1.0430·√(polysyllables·30/sentences) + 3.1291: a US school grade. Lower is easier. */
export function smogGrade(c: TextCounts): number {
  return 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;
}

export type ScaleId = 'fernandez_huerta' | 'szigriszt' | 'fk_grade' | 'smog';
export type TargetKey = 'fernandez_huerta_min' | 'szigriszt_min' | 'fk_grade_max' | 'smog_max';

export interface Scale {
  id: ScaleId;
  /** How people write its name. */
  name: string;
  /** The manual.yaml `readability` key that sets its target. */
  target: TargetKey;
  /** 'min': a score below the target fails; 'max': above fails. */
  kind: 'min' | 'max';
  score: (c: TextCounts) => number;
}

export const SCALES: Readonly<Record<ScaleId, Scale>> = {
  fernandez_huerta: { id: 'fernandez_huerta', name: 'Fernández-Huerta', target: 'fernandez_huerta_min', kind: 'min', score: fernandezHuerta },
  szigriszt: { id: 'szigriszt', name: 'Szigriszt-Pazos', target: 'szigriszt_min', kind: 'min', score: szigrisztPazos },
  fk_grade: { id: 'fk_grade', name: 'Flesch–Kincaid grade', target: 'fk_grade_max', kind: 'max', score: fleschKincaidGrade },
  smog: { id: 'smog', name: 'SMOG grade', target: 'smog_max', kind: 'max', score: smogGrade },
};

interface LanguageSupport {
  syllables: (word: string) => number;
  scales: ScaleId[];
}

/** The languages promokit scores, and with which scales. */
export const LANGUAGES: Readonly<Record<string, LanguageSupport>> = {
  es: { syllables: syllablesEs, scales: ['fernandez_huerta', 'szigriszt'] },
  en: { syllables: syllablesEn, scales: ['fk_grade', 'smog'] },
};

export function scalesFor(lang: string): Scale[] {
  return (LANGUAGES[lang]?.scales ?? []).map((id) => SCALES[id]);
}

/** A target is met when the score is on the easy side of it (or equal). */
export function meetsTarget(scale: Scale, score: number, target: number): boolean {
  return scale.kind === 'min' ? score >= target : score <= target;
}

export interface ScoredSentence {
  text: string;
  line: number;
  words: number;
}

export interface Readability {
  lang: string;
  counts: TextCounts;
  /** Score of each scale of the language; empty when the text has no words. */
  scores: Partial<Record<ScaleId, number>>;
  sentences: ScoredSentence[];
}

/** Counts of already-split sentences, syllables by the language's counter. */
export function countText(sentences: readonly { words: readonly string[] }[], syllables: (w: string) => number): TextCounts {
  const c: TextCounts = { words: 0, sentences: 0, syllables: 0, polysyllables: 0 };
  for (const s of sentences) {
    c.sentences++;
    for (const w of s.words) {
      const n = syllables(w);
      c.words++;
      c.syllables += n;
      if (n >= 3) c.polysyllables++;
    }
  }
  return c;
}

/**
 * Readability of a Markdown body in `lang`; undefined for a language promokit
 * has no syllable counter for. `firstLine` is the body's first file line.
 */
export function analyse(body: string | readonly TextBlock[], lang: string, firstLine = 1): Readability | undefined {
  const support = LANGUAGES[lang];
  if (!support) return undefined;
  const pt = plainText(body, firstLine);
  const split = splitSentences(pt.text);
  const counts = countText(split, support.syllables);
  const scores: Partial<Record<ScaleId, number>> = {};
  if (counts.words > 0) for (const id of support.scales) scores[id] = SCALES[id].score(counts);
  return {
    lang,
    counts,
    scores,
    sentences: split.map((s) => ({ text: s.text, line: lineAt(pt, s.start), words: s.words.length })),
  };
}

/** Words and sentences of a Markdown body in any language (no syllables needed). */
export function countWordsAndSentences(body: string | readonly TextBlock[]): { words: number; sentences: number } {
  const split = splitSentences(plainText(body).text);
  return { words: split.reduce((n, s) => n + s.words.length, 0), sentences: split.length };
}

/** The `n` longest sentences (most words), earliest first among equals. */
export function longestSentences(r: Readability, n = 3): ScoredSentence[] {
  return r.sentences
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.words - a.s.words || a.i - b.i)
    .slice(0, n)
    .map((x) => x.s);
}

/** One decimal, as scores are printed everywhere. */
export const formatScore = (x: number): string => x.toFixed(1);
