// The view every HTML template reads: one page (a manual or one module) in
// one or more languages, as rows of language cells. A row holds the same thing
// in each language (a module's heading, a section paired by id, a glossary
// term): side by side on a wide screen, one language at a time on a phone.
// Pure: the converted modules, logos and fonts are given.
import type { Manual } from '../model/types.js';
import type { ModuleHtml } from './convert-html.js';
import { palette, type Palette } from './colours.js';
import type { FontFace } from './fonts.js';
import { wordsFor, type Words } from './words.js';

export interface Cell<T> {
  lang: string;
  /** The page's first language needs no lang of its own, but every cell says it. */
  value: T | null;
}

export interface PageInput {
  manual: Manual;
  langs: string[];
  part: 'manual' | 'module';
  /** Converted files, by `module.id` then language. */
  converted: Map<string, Map<string, ModuleHtml>>;
  logos: (string | undefined)[];
  fonts: FontFace[];
  css: string;
  /** The language switch's script. */
  script: string;
  /** The search box's script. */
  searchScript: string;
  /** YYYY-MM-DD: the manual's date (SOURCE_DATE_EPOCH, else the newest review). */
  date: string;
}

/** The interface words of a page's manual: its project's locale files first, as the PDFs read them; read once per language. */
function wordsOf(manual: Manual): (lang: string) => Words {
  const done = new Map<string, Words>();
  return (lang) => {
    let w = done.get(lang);
    if (!w) {
      w = wordsFor(lang, manual);
      done.set(lang, w);
    }
    return w;
  };
}

type Cells = <T>(langs: string[], f: (lang: string, words: Words) => T | null) => Cell<T>[];
const cellsWith =
  (words: (lang: string) => Words): Cells =>
  (langs, f) =>
    langs.map((lang) => ({ lang, value: f(lang, words(lang)) }));

/**
 * Section lists of several languages aligned by id, as templates/lib.typ pairs
 * them: one row per section of the first language, with the section of the same
 * id in each other language; a section only another language has gets a row of
 * its own, before the next section it shares. A repeated id pairs by occurrence.
 */
export function pairSections<T extends { id: string }>(lists: T[][]): (T | null)[][] {
  const [first = [], ...others] = lists;
  const firstIds = new Set(first.map((s) => s.id));
  const used = others.map(() => new Set<number>());
  const next = others.map(() => 0);
  const rows: (T | null)[][] = [];
  const alone = (o: number, t: T): void => {
    const row: (T | null)[] = lists.map(() => null);
    row[o + 1] = t;
    rows.push(row);
  };
  /** Sections of other language `o` before index `upTo` that the first language lacks. */
  const extras = (o: number, upTo: number, all: boolean): void => {
    others[o]!.forEach((t, i) => {
      if (i < next[o]! && !all) return;
      if (i >= upTo || used[o]!.has(i) || (!all && firstIds.has(t.id))) return;
      used[o]!.add(i);
      alone(o, t);
    });
  };
  for (const s of first) {
    const row: (T | null)[] = [s, ...others.map(() => null)];
    others.forEach((list, o) => {
      const k = list.findIndex((t, i) => !used[o]!.has(i) && t.id === s.id);
      if (k === -1) return;
      extras(o, k, false);
      used[o]!.add(k);
      row[o + 1] = list[k]!;
      next[o] = Math.max(next[o]!, k + 1);
    });
    rows.push(row);
  }
  // What is left (a repeated id the first language has fewer times) goes at the end.
  others.forEach((list, o) => extras(o, list.length, true));
  return rows;
}

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang, { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base' });
  }
}

/**
 * Anchors are `pk.<module>.<lang>[.<id>]` (templates/module-html.lua): dots,
 * which neither module folders nor language codes hold, and no colon, which
 * an EPUB's XHTML does not allow in an id.
 */
export function moduleAnchor(module: string, lang: string): string {
  return `pk.${module}.${lang}`;
}

export function glossaryAnchor(lang: string, id: string): string {
  return `pk.glossary.${lang}.${id}`;
}

function glossary(manual: Manual, langs: string[], cells: Cells) {
  const terms = (manual.glossary?.terms ?? []).filter((t) => langs.some((l) => t[l] && typeof t[l] === 'object'));
  if (terms.length === 0) return null;
  const first = langs[0]!;
  const coll = collator(first);
  const termOf = (t: (typeof terms)[number], l: string): { term: string; definition: string } | null => {
    const e = t[l];
    return e && typeof e === 'object' ? { term: e.term, definition: e.definition } : null;
  };
  const key = (t: (typeof terms)[number]): string => (termOf(t, first) ?? langs.map((l) => termOf(t, l)).find(Boolean))?.term ?? '';
  const sorted = [...terms].sort((a, b) => coll.compare(key(a), key(b)) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    title: cells(langs, (l, w) => ({ text: w.glossary, anchor: `pk.glossary.${l}` })),
    terms: sorted.map((t) => ({ cells: cells(langs, (l) => { const e = termOf(t, l); return e && { ...e, anchor: glossaryAnchor(l, t.id) }; }) })),
  };
}

export function pageView(input: PageInput) {
  const { manual, langs, part } = input;
  const cfg = manual.config;
  const words = wordsOf(manual);
  const cells = cellsWith(words);
  const first = langs[0]!;
  const colours: Palette = palette(cfg.colors?.primary ?? '#1f5f8b', cfg.colors?.accent ?? '#e07a2e');
  const titleIn = (l: string): string => cfg.title[l] ?? cfg.title[first] ?? manual.id;
  const modules = manual.modules.map((module) => {
    const files = langs.map((l) => input.converted.get(module.id)?.get(l));
    const meta = (l: string) => module.files[l]?.meta;
    return {
      id: module.id,
      header: cells(langs, (l, w) => ({
        anchor: moduleAnchor(module.id, l),
        label: `${w.module} ${module.order}`,
        title: meta(l)?.title ?? module.id,
        duration: `${w.duration}: ${meta(l)?.duration ?? '?'} ${w.minutes}`,
      })),
      intro: files.some((f) => f && f.intro.trim() !== '') ? cells(langs, (l) => files[langs.indexOf(l)]?.intro ?? '') : null,
      rows: pairSections(files.map((f) => f?.sections ?? [])).map((row) => ({
        cells: row.map((s, i) => ({ lang: langs[i]!, value: s && { ...s, objectives: s.id === 'objectives' } })),
      })),
    };
  });
  const gloss = part === 'manual' ? glossary(manual, langs, cells) : null;
  const partners = (cfg.partners ?? []).map((p, i) => ({ name: p.name, logo: input.logos[i] ?? null }));
  const moduleTitle = part === 'module' ? manual.modules[0]?.files[first]?.meta?.title : undefined;
  return {
    lang: first,
    dir: 'ltr',
    title: [moduleTitle, langs.map(titleIn).join(' / ')].filter(Boolean).join(' · '),
    description: langs.map((l) => cfg.subtitle?.[l] ?? titleIn(l)).join(' / '),
    date: input.date,
    part,
    css: input.css,
    script: langs.length > 1 ? `${input.script}\n${input.searchScript}` : input.searchScript,
    fonts: input.fonts,
    colours,
    columns: langs.length,
    switcher: langs.length > 1 ? { legend: langs.map((l) => words(l).chooseLanguage).filter((w, i, a) => a.indexOf(w) === i).join(' / '), langs: langs.map((l, i) => ({ code: l, name: words(l).language, checked: i === 0 })) } : null,
    cover: {
      titles: cells(langs, (l) => ({ title: titleIn(l), subtitle: cfg.subtitle?.[l] ?? null })),
      organization: cfg.organization,
      authors: cfg.authors ?? [],
      partners,
      edition: cfg.edition,
      license: cfg.license,
      words: cells(langs, (_, w) => ({ edition: w.edition, license: w.license, partners: w.partners, authors: w.authors })),
    },
    contents: cells(langs, (l, w) => ({
      summary: w.contents,
      modules: modules.map((m, i) => ({
        anchor: moduleAnchor(m.id, l),
        label: m.header[langs.indexOf(l)]!.value!.label,
        title: m.header[langs.indexOf(l)]!.value!.title,
        sections: (input.converted.get(manual.modules[i]!.id)?.get(l)?.sections ?? []).map((s) => ({ anchor: s.anchor, text: s.text })),
      })),
      glossary: gloss ? { anchor: `pk.glossary.${l}`, text: w.glossary } : null,
    })),
    search: cells(langs, (_, w) => ({ label: w.search, found: w.searchFound, none: w.searchNone })),
    modules,
    glossary: gloss,
  };
}

export type PageView = ReturnType<typeof pageView>;
