// The report table, once, for both the text and the HTML output: a group of
// columns per language (source language first), one row per module.
import { SCALES, scalesFor, type ScaleId } from '../check/readability/scores.js';
import type { LangFigures, ManualReport, ModuleFigures } from './compute.js';

export interface Cell {
  text: string;
  /** A score on the hard side of its target. */
  hard?: boolean;
  /** Longer explanation (HTML title attribute). */
  note?: string;
  numeric?: boolean;
}

export interface Column {
  lang: string;
  /** Short header: `words`, `FH`, `ratio`… */
  header: string;
  /** Full name of what the column shows. */
  description: string;
  cell: (f: LangFigures) => Cell;
  /** The target row's cell (scales only). */
  target?: string;
}

export const SHORT: Readonly<Record<ScaleId, string>> = { fernandez_huerta: 'FH', szigriszt: 'SzP', fk_grade: 'FK', smog: 'SMOG' };

const num = (x: number, digits = 1): string => x.toFixed(digits);

export function columnsOf(report: ManualReport, targets: Record<string, Partial<Record<string, number>>> = {}): Column[] {
  const cols: Column[] = [];
  for (const lang of report.languages) {
    cols.push({ lang, header: 'words', description: 'words of the module (facilitator notes, code and markup left out)', cell: (f) => ({ text: String(f.words), numeric: true }) });
    for (const scale of scalesFor(lang)) {
      const t = targets[lang]?.[scale.target];
      cols.push({
        lang,
        header: SHORT[scale.id],
        description: `${scale.name} (${scale.kind === 'min' ? 'higher is easier' : 'lower is easier'})`,
        target: t === undefined ? undefined : `${scale.kind === 'min' ? '≥' : '≤'}${t}`,
        cell: (f) => {
          const s = f.scores.find((x) => x.scale === scale.id);
          if (!s) return { text: '—', note: 'no words to score' };
          const cell: Cell = { text: num(s.value), numeric: true };
          if (s.meetsTarget === false) {
            cell.hard = true;
            cell.note = `${SCALES[scale.id].name} ${num(s.value)}: harder than the target ${scale.kind === 'min' ? '≥' : '≤'} ${s.target}`;
          }
          return cell;
        },
      });
    }
    if (lang !== report.sourceLang) {
      cols.push({
        lang,
        header: 'ratio',
        description: `translation length: words of the translation / words of the source (${report.sourceLang})`,
        cell: (f) => (f.lengthRatio === undefined ? { text: '—' } : { text: num(f.lengthRatio, 2), numeric: true }),
      });
      cols.push({
        lang,
        header: 'stale',
        description: `sections of the source (${report.sourceLang}) changed, added or removed since the translation was stamped (never: not stamped)`,
        cell: (f) =>
          f.stamped === undefined ? { text: '—', note: 'front matter invalid' }
          : !f.stamped ? { text: 'never', note: 'never stamped: run promokit stamp' }
          : { text: String(f.staleSections?.length ?? 0), numeric: true, ...(f.staleSections?.length ? { note: f.staleSections.map((k) => (k.startsWith('_') || k.startsWith('§') ? k : `#${k}`)).join(', ') } : {}) },
      });
    }
    cols.push({ lang, header: 'reviewed', description: 'reviewed: date in the front matter', cell: (f) => ({ text: f.reviewed ?? '—' }) });
  }
  return cols;
}

/** A cell of `m` in `col`; a missing language file gives "missing". */
export function cellOf(m: ModuleFigures, col: Column): Cell {
  const f = m.langs[col.lang];
  return f ? col.cell(f) : { text: col.header === 'words' ? 'missing' : '—', note: `no ${col.lang}.md` };
}
