// The project's list of words to avoid, per language, with the plainer word
// to write instead (plain-words.yaml, beside manual.yaml and/or at the
// project root: the manual's entries win), and where a text uses them.
import type { Diagnostic } from '../../model/diagnostic.js';
import { readProjectYaml } from '../../model/project-yaml.js';
import { PlainWords } from '../../model/schema.js';
import type { Manual, TextBlock } from '../../model/types.js';
import { blockLineAt, blockText } from './plain-text.js';

export const PLAIN_WORDS_FILE = 'plain-words.yaml';

export interface PlainWordEntry {
  /** As written in the file: `utilizar`, `con el fin de`, `utiliz*`. */
  term: string;
  suggestions: string[];
  /** The file that gave it. */
  file: string;
}

export interface PlainWordList {
  byLang: ReadonlyMap<string, { entries: PlainWordEntry[]; matcher: RegExp }>;
  diagnostics: Diagnostic[];
}

const loaded = new WeakMap<Manual, PlainWordList>();

/** The manual's list, read once per manual object. */
export function plainWordList(manual: Manual): PlainWordList {
  const done = loaded.get(manual);
  if (done) return done;
  const diagnostics: Diagnostic[] = [];
  const layers = readProjectYaml(manual, PLAIN_WORDS_FILE, PlainWords, 'plain-words-invalid', diagnostics);
  const merged = new Map<string, Map<string, PlainWordEntry>>();
  for (const layer of layers) {
    for (const [lang, words] of Object.entries(layer.data)) {
      const entries = merged.get(lang) ?? new Map<string, PlainWordEntry>();
      merged.set(lang, entries);
      for (const [term, plain] of Object.entries(words)) {
        const key = term.trim().toLowerCase();
        if (!entries.has(key)) entries.set(key, { term: term.trim(), suggestions: typeof plain === 'string' ? [plain] : plain, file: layer.file });
      }
    }
  }
  const byLang = new Map([...merged].map(([lang, entries]) => {
    const list = [...entries.values()];
    return [lang, { entries: list, matcher: matcherOf(list) }] as const;
  }));
  const result = { byLang, diagnostics };
  loaded.set(manual, result);
  return result;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One expression for the whole list: group i+1 is entry i. Whole words only, any case, a phrase across line ends. */
function matcherOf(entries: readonly PlainWordEntry[]): RegExp {
  const alternatives = entries.map((e) => {
    const prefix = e.term.endsWith('*');
    const body = escape(prefix ? e.term.slice(0, -1) : e.term).replace(/\s+/g, '\\s+');
    return `(${body}${prefix ? '[\\p{L}\\p{N}]*' : ''})`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface PlainWordHit {
  line: number;
  /** The text as written. */
  found: string;
  entry: PlainWordEntry;
}

/** Where the reader's text (not the facilitator's notes) uses a word of the list. */
export function plainWordHits(blocks: readonly TextBlock[], list: { entries: PlainWordEntry[]; matcher: RegExp }): PlainWordHit[] {
  if (list.entries.length === 0) return [];
  const out: PlainWordHit[] = [];
  for (const block of blocks) {
    if (block.unread) continue;
    const text = blockText(block);
    for (const m of text.matchAll(list.matcher)) {
      const i = m.slice(1).findIndex((g) => g !== undefined);
      if (i < 0) continue;
      out.push({ line: blockLineAt(block, m.index), found: m[0].replace(/\s+/g, ' '), entry: list.entries[i]! });
    }
  }
  return out;
}

