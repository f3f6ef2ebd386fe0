// The differences planted between the languages of a real-world bench lesson
// (real-world.ts), each with the rule `check` should report it under, and the
// assembly of a lesson's pieces into a file with the line of each piece.
import type { K, Lesson } from './real-world-lessons.js';

export interface Piece { text: string; sec: string; tag: string }
export type Docs = [Piece[], Piece[]];
export type Locate = { tag: string; sec?: string } | { needle: string };
export interface Hit { k: K; rule: string; what: string; at?: Locate }
export interface Plant { name: string; fits: (L: Lesson) => boolean; apply: (d: Docs, L: Lesson, missing: Set<string>) => Hit[] }

function edit(doc: Piece[], tag: string, fn: (s: string) => string): void {
  const p = doc.find((x) => x.tag === tag);
  if (!p) throw new Error(`real-world bench: no piece ${tag}`);
  const before = p.text;
  p.text = fn(before);
  if (p.text === before) throw new Error(`real-world bench: planting in ${tag} changed nothing`);
}
const idOf = (L: Lesson, j: number): string => L.sections[j]![2];
function lastIndex(doc: Piece[], sec: string): number {
  for (let j = doc.length - 1; j >= 0; j--) if (doc[j]!.sec === sec) return j;
  return -1;
}

export const PLANTS: readonly Plant[] = [
  {
    name: 'image file missing on disk (percent-encoded name, both languages)',
    fits: (L) => L.f.pctImage,
    apply: (_d, _L, missing) => {
      missing.add('img/mapa de la zona.png');
      return ([0, 1] as const).map((k) => ({ k, rule: 'image-missing', what: 'img/mapa%20de%20la%20zona.png: the file img/mapa de la zona.png is not on disk', at: { tag: 'pct-figure' } }));
    },
  },
  {
    name: 'reference-style image definition pointing at a missing file (en)',
    fits: (L) => L.f.refImage,
    apply: (d) => {
      edit(d[1], 'ref-def', () => '[fig-2]: img/figure-2-en.png');
      return [{ k: 1, rule: 'image-missing', what: '[fig-2]: img/figure-2-en.png (a reference definition) is not on disk' }];
    },
  },
  {
    name: 'figure missing in en (reference-style image)',
    fits: (L) => L.f.refImage,
    apply: (d, L) => {
      d[1] = d[1].filter((p) => p.tag !== 'ref-figure');
      return [{ k: 1, rule: 'figure-mismatch', what: `![…][fig-2] of section ${L.f.ids ? `#${idOf(L, 1)}` : '2'} is in es.md, not in en.md` }];
    },
  },
  {
    name: 'figure missing in en (inline image, multi-line alt in es)',
    fits: (L) => L.f.multiAlt,
    apply: (d, L) => {
      d[1] = d[1].filter((p) => p.tag !== 'figure');
      return [{ k: 1, rule: 'figure-mismatch', what: `the figure of section ${L.f.ids ? `#${idOf(L, 0)}` : '2'} is in es.md, not in en.md` }];
    },
  },
  {
    name: 'link to an anchor that does not exist (es)',
    fits: (L) => L.f.rawAnchor,
    apply: (d) => {
      edit(d[0], 'resources-list', (s) => s.replace('(#consejos)', '(#consejo)'));
      return [{ k: 0, rule: 'link-broken', what: '[…](#consejo): the anchor is <a id="consejos">', at: { needle: '(#consejo)' } }];
    },
  },
  {
    name: 'link with two-line text to a module folder that does not exist (en)',
    fits: (L) => L.f.twoLineLink,
    apply: (d, L) => {
      edit(d[1], 'two-line-link', (s) => s.replace(`../${L.next!.folder}/`, `../${L.next!.folder}-old/`));
      return [{ k: 1, rule: 'link-broken', what: `[read the module …](../${L.next!.folder}-old/en.md): no such folder`, at: { needle: '[read the module' } }];
    },
  },
  {
    name: 'one objective fewer in en (list indented by one space)',
    fits: (L) => L.f.ids && L.f.oneSpace,
    apply: (d) => {
      edit(d[1], 'objectives-list', (s) => s.split('\n').slice(0, -1).join('\n'));
      return [{ k: 1, rule: 'item-count-mismatch', what: '#objectives has one item fewer in en.md', at: { tag: 'h2', sec: 'objectives' } }];
    },
  },
  {
    name: 'one assessment question more in en',
    fits: (L) => L.f.ids && !L.f.oneSpace,
    apply: (d) => {
      edit(d[1], 'assessment-list', (s) => {
        const last = /^(\s*)(\d+)\./.exec(s.split('\n').at(-1) ?? '');
        return `${s}\n${last?.[1] ?? ''}${Number(last?.[2] ?? 0) + 1}. What will you share with your family this week?`;
      });
      return [{ k: 1, rule: 'item-count-mismatch', what: '#assessment has one question more in en.md', at: { tag: 'h2', sec: 'assessment' } }];
    },
  },
  {
    name: '## section missing in en',
    fits: (L) => L.f.ids && L.sections.length === 4,
    apply: (d, L) => {
      d[1] = d[1].filter((p) => p.sec !== 'c3');
      return [{ k: 1, rule: 'section-mismatch', what: `## section #${idOf(L, 3)} is missing in en.md` }];
    },
  },
  {
    name: '## section missing in en (no ids: compared by position)',
    fits: (L) => !L.f.ids && L.sections.length === 4,
    apply: (d) => {
      d[1] = d[1].filter((p) => p.sec !== 'c3');
      return [{ k: 1, rule: 'section-mismatch', what: 'the fourth content ## section is missing in en.md (headings without ids)' }];
    },
  },
  {
    name: '### subsection missing in en',
    fits: (L) => L.f.ids && !L.f.setext,
    apply: (d, L) => {
      d[1] = d[1].filter((p) => p.tag !== 'sub2');
      return [{ k: 1, rule: 'section-mismatch', what: `the second ### of #${idOf(L, 2)} is missing in en.md` }];
    },
  },
  {
    name: '#### subsection missing in en (setext lesson)',
    fits: (L) => L.f.h4 && L.f.setext,
    apply: (d) => {
      d[1] = d[1].filter((p) => p.tag !== 'h4');
      return [{ k: 1, rule: 'section-mismatch', what: 'the #### of the third content section is missing in en.md' }];
    },
  },
  {
    name: 'extra ## section in en (setext heading with an id)',
    fits: (L) => L.f.ids && L.f.setext,
    apply: (d) => {
      const at = lastIndex(d[1], 'c0') + 1;
      const heading = 'To learn more {#learn-more}';
      d[1].splice(at, 0, { text: `${heading}\n${'-'.repeat(heading.length)}`, sec: 'extra', tag: 'extra' }, { text: 'Ask at your clinic for handouts in your language. Many clinics have them at the front desk.', sec: 'extra', tag: 'p' });
      return [{ k: 1, rule: 'section-mismatch', what: '## #learn-more is only in en.md', at: { tag: 'extra' } }];
    },
  },
  {
    name: '## section moved in en',
    fits: (L) => L.f.ids,
    apply: (d, L) => {
      const moved = d[1].filter((p) => p.sec === 'c0');
      const rest = d[1].filter((p) => p.sec !== 'c0');
      rest.splice(lastIndex(rest, 'c2') + 1, 0, ...moved);
      d[1] = rest;
      return [{ k: 1, rule: 'section-mismatch', what: `#${idOf(L, 0)} comes after #${idOf(L, 2)} in en.md` }];
    },
  },
];

/** The file text and the line each piece starts on. */
export function assemble(front: string, doc: Piece[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let line = front.split('\n').length + 1;
  for (const p of doc) { starts.push(line); line += p.text.split('\n').length + 1; }
  return { text: `${front}\n${doc.map((p) => p.text).join('\n\n')}\n`, starts };
}

export function lineOf(doc: Piece[], starts: number[], at: Locate): number {
  for (let j = 0; j < doc.length; j++) {
    const p = doc[j]!;
    if ('needle' in at) {
      const x = p.text.indexOf(at.needle);
      if (x !== -1) return starts[j]! + p.text.slice(0, x).split('\n').length - 1;
    } else if (p.tag === at.tag && (at.sec === undefined || p.sec === at.sec)) return starts[j]!;
  }
  throw new Error(`real-world bench: cannot locate ${JSON.stringify(at)}`);
}

