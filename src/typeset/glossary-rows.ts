// The glossary of an edition as rows of terms per language, sorted by the
// first language's collation: for the glossary piece and /data.json.
import type { Manual } from '../model/types.js';

function collator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang, { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base' });
  }
}

/** The glossary of an edition in `langs`: the terms it has in each (or, in several, in any), sorted by the first language. */
export function glossaryRows(manual: Manual, langs: readonly string[]): Record<string, { term: string; definition: string } | null>[] {
  const first = langs[0]!;
  const glossary = (manual.glossary?.terms ?? [])
    .map((t) => {
      const row: Record<string, { term: string; definition: string } | null> = {};
      for (const l of langs) {
        const e = t[l];
        row[l] = e && typeof e === 'object' ? { term: e.term, definition: e.definition } : null;
      }
      return row;
    })
    .filter((row) => langs.every((l) => row[l] !== null) || (langs.length > 1 && langs.some((l) => row[l] !== null)));
  const coll = collator(first);
  glossary.sort((a, b) => {
    const ta = (a[first] ?? Object.values(a).find(Boolean))?.term ?? '';
    const tb = (b[first] ?? Object.values(b).find(Boolean))?.term ?? '';
    return coll.compare(ta, tb) || (ta < tb ? -1 : ta > tb ? 1 : 0);
  });

  return glossary;
}
