// Which section of a translation is which section of the source, at every
// heading level: the parity a reader sees. Sections with the same {#id}
// match; otherwise sections of the same level are aligned in order
// (Needleman–Wunsch), preferring pairs alike in figures, list items and
// length, so one missing `###` among five is found where it is missing.
import type { Section } from '../model/types.js';

export interface Aligned {
  /** Source and translation sections read as the same section, in order. */
  pairs: { s: Section; t: Section }[];
  /** Source sections with no counterpart, with the translation section they belong after. */
  missing: { s: Section; after: Section | undefined }[];
  /** Translation sections with no counterpart, with the source section they follow. */
  extra: { t: Section; after: Section | undefined }[];
  /** Same id in both files but in another order. */
  moved: { s: Section; t: Section }[];
}

const NO = -1;

/** How alike two sections are; NO when they cannot be the same section. */
function likeness(s: Section, t: Section, ratio: number): number {
  if (s.level !== t.level) return NO;
  if (s.id !== undefined && t.id !== undefined) return s.id === t.id ? 100 : NO;
  const length = Math.abs(Math.log(t.words / s.words / ratio));
  return 2 + (s.figures === t.figures ? 1 : 0) + (s.listItems === t.listItems ? 1 : 0) + Math.max(0, 1 - length);
}

export function alignSections(source: readonly Section[], target: readonly Section[]): Aligned {
  const n = source.length;
  const m = target.length;
  const total = (xs: readonly Section[]): number => xs.filter((x) => x.level === 2).reduce((a, x) => a + x.words, 0) || 1;
  const ratio = total(target) / total(source);
  // best[i][j]: best score aligning source[i..] with target[j..].
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const like = likeness(source[i]!, target[j]!, ratio);
      const take = like === NO ? -Infinity : like + best[i + 1]![j + 1]!;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: Aligned = { pairs: [], missing: [], extra: [], moved: [] };
  let i = 0;
  let j = 0;
  let lastT: Section | undefined;
  let lastS: Section | undefined;
  while (i < n || j < m) {
    const s = source[i];
    const t = target[j];
    if (s && t) {
      const like = likeness(s, t, ratio);
      if (like !== NO && best[i]![j] === like + best[i + 1]![j + 1]!) {
        out.pairs.push({ s, t });
        lastS = s;
        lastT = t;
        i++;
        j++;
        continue;
      }
    }
    if (s && (!t || best[i]![j] === best[i + 1]![j])) {
      out.missing.push({ s, after: lastT });
      lastS = s;
      i++;
    } else if (t) {
      out.extra.push({ t, after: lastS });
      lastT = t;
      j++;
    }
  }
  // A section whose id is both missing and extra was moved, not lost.
  for (const miss of [...out.missing]) {
    const k = out.extra.findIndex((e) => miss.s.id !== undefined && e.t.id === miss.s.id && e.t.level === miss.s.level);
    if (k === -1) continue;
    out.moved.push({ s: miss.s, t: out.extra[k]!.t });
    out.extra.splice(k, 1);
    out.missing.splice(out.missing.indexOf(miss), 1);
  }
  return out;
}

/** `## Conclusiones` as the author wrote the heading's level. */
export function headingLabel(s: Section): string {
  return `\`${'#'.repeat(s.level)} ${s.title}\``;
}
