// Puts an edit made on a re-serialised text back into the original lines:
// `yaml` prints a whole document, but only the lines the edit changed may
// differ from what the author wrote (spacing, comment places, line ends).
import type { Line } from './text-lines.js';

/** Above this many cells the middle of a diff is taken as one change (front matter is small). */
const MAX_CELLS = 4_000_000;

/** Pairs [i, j] of equal lines of `a` and `b`, in order: a longest common subsequence. */
export function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB).
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[start + i] === b[start + j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/**
 * `original`: the author's lines. `before`: how the serialiser prints them
 * unchanged; `after`: how it prints them edited. Returns `original` with the
 * changes from `before` to `after` applied: where nothing changed, the
 * author's lines verbatim; where something did, the new lines, each with the
 * line end of the original line in its place (or the nearest one, or `eol`).
 */
export function mergeEdit(original: readonly Line[], before: readonly string[], after: readonly string[], eol: string): Line[] {
  const ofBefore = new Map<number, number>(); // before index → original index
  for (const [o, c] of commonLines(original.map((l) => l.text), before)) ofBefore.set(c, o);
  // Anchors: lines unchanged by the edit and printed as the author wrote them.
  const anchors: [number, number, number][] = [[-1, -1, -1]]; // [before, after, original]
  const edited = commonLines(before, after);
  const keptInAfter = new Map<number, number>();
  for (const [c, e] of edited) {
    keptInAfter.set(c, e);
    const o = ofBefore.get(c);
    if (o !== undefined) anchors.push([c, e, o]);
  }
  anchors.push([before.length, after.length, original.length]);
  const out: Line[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [c0, e0, o0] = anchors[k]!;
    const [c1, e1, o1] = anchors[k + 1]!;
    if (o0 >= 0) out.push(original[o0]!);
    let unchanged = c1 - c0 === e1 - e0;
    for (let c = c0 + 1; unchanged && c < c1; c++) unchanged = keptInAfter.get(c) === e0 + (c - c0);
    if (unchanged) {
      for (let o = o0 + 1; o < o1; o++) out.push(original[o]!);
      continue;
    }
    const replaced = original.slice(o0 + 1, o1);
    const fallback = replaced[replaced.length - 1]?.eol || (o0 >= 0 ? original[o0]!.eol : '') || eol;
    for (let e = e0 + 1; e < e1; e++) {
      const own = replaced[e - e0 - 1]?.eol;
      out.push({ text: after[e]!, eol: own || fallback });
    }
  }
  return out;
}
