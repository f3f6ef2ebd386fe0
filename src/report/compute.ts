// The per-module figures of `promokit report`: readability, sizes, staleness and
// review dates of every language file. Pure: a Manual in, plain data out.
import { analyse, countWordsAndSentences, meetsTarget, scalesFor, type ScaleId } from '../check/readability/scores.js';
import { staleEntries } from '../model/source-hashes.js';
import type { LangFile, Manual } from '../model/types.js';
import type { ReadabilityHistory } from './history.js';
import type { PlainFindings } from './plain-findings.js';

export interface ScoreCell {
  scale: ScaleId;
  value: number;
  /** The manual.yaml target, when one is set. */
  target?: number;
  /** false when the score is on the hard side of its target. */
  meetsTarget?: boolean;
}

export interface LangFigures {
  lang: string;
  /** Path relative to the project root. */
  file: string;
  words: number;
  sentences: number;
  /** One per scale of the language (none for languages promokit cannot score). */
  scores: ScoreCell[];
  /** `reviewed` of the front matter, when valid. */
  reviewed?: string;
  /** Translations: words of this file / words of the source-language file. */
  lengthRatio?: number;
  /** Translations: whether `promokit stamp` was ever run on it. */
  stamped?: boolean;
  /** Translations: keys of the sections (`_title`, ids or `§n`) changed, added or removed in the source since the stamp. */
  staleSections?: string[];
}

export interface ModuleFigures {
  id: string;
  /** Title in the source language (or the first language that has one). */
  title: string;
  /** By language code; a language whose file is missing is absent. */
  langs: Record<string, LangFigures>;
}

export interface ManualReport {
  id: string;
  title: string;
  languages: string[];
  sourceLang: string;
  modules: ModuleFigures[];
  /** Glyph and plain-language findings per module (runReport adds them). */
  plain?: PlainFindings;
  /** Readability per module over the last commits (`--history`); null when not asked or git could not give it. */
  history?: ReadabilityHistory | null;
}

/** The keys of what translation-stale reports; undefined when never stamped. */
export function staleSections(source: LangFile, translation: LangFile): string[] | undefined {
  return staleEntries(source, translation)?.map((e) => e.key);
}

export function computeReport(manual: Manual, languages: readonly string[] = manual.config.languages): ManualReport {
  const sourceLang = manual.config.languages[0]!;
  const targets = manual.config.readability ?? {};
  const modules = manual.modules.map((m): ModuleFigures => {
    const langs: Record<string, LangFigures> = {};
    const source = m.files[sourceLang];
    const sourceWords = source ? analyse(source.text, source.lang) : undefined;
    for (const lang of languages) {
      const f = m.files[lang];
      if (!f) continue;
      const r = lang === sourceLang ? sourceWords : analyse(f.text, f.lang);
      const counts = r?.counts ?? countWordsAndSentences(f.text);
      const words = counts.words;
      const scores: ScoreCell[] = [];
      for (const scale of scalesFor(lang)) {
        const value = r?.scores[scale.id];
        if (value === undefined) continue;
        const target = targets[lang]?.[scale.target];
        scores.push(target === undefined ? { scale: scale.id, value } : { scale: scale.id, value, target, meetsTarget: meetsTarget(scale, value, target) });
      }
      const figures: LangFigures = { lang, file: f.file, words, sentences: counts.sentences, scores };
      if (f.meta) figures.reviewed = f.meta.reviewed;
      if (lang !== sourceLang && source) {
        const srcWords = sourceWords?.counts.words ?? countWordsAndSentences(source.text).words;
        if (srcWords > 0) figures.lengthRatio = words / srcWords;
        if (source.meta && f.meta) {
          const stale = staleSections(source, f);
          figures.stamped = stale !== undefined;
          figures.staleSections = stale ?? [];
        }
      }
      langs[lang] = figures;
    }
    const titled = [sourceLang, ...manual.config.languages].map((l) => m.files[l]?.meta?.title).find(Boolean);
    return { id: m.id, title: titled ?? m.id, langs };
  });
  return {
    id: manual.id,
    title: manual.config.title[sourceLang] ?? Object.values(manual.config.title)[0] ?? manual.id,
    languages: [...languages],
    sourceLang,
    modules,
  };
}
