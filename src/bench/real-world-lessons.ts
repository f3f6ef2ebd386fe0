// The Markdown of one real-world lesson (src/bench/real-world.ts): its
// features, its blocks in both languages, each tagged with its section.
import { CELLS, CODE_NOTE, COMMENT, FEEL, FENCED, FIXED, GENERAL, H4S, LOG, QUOTE, STEPS, SUBHEADS, TIMES, WEEK, type H, type P, type Topic } from './real-world-assets.js';

export const LANGS = ['es', 'en'] as const;
export const int = (r: () => number, n: number): number => Math.floor(r() * n);
export function pick<T>(r: () => number, arr: readonly T[], n: number): T[] {
  const a = [...arr];
  for (let j = a.length - 1; j > 0; j--) { const x = int(r, j + 1); [a[j], a[x]] = [a[x]!, a[j]!]; }
  return a.slice(0, n);
}

export type K = 0 | 1; // 0 = es (source), 1 = en

export interface Features {
  ids: boolean; setext: boolean; title1: boolean; closing: boolean; wrap: boolean; svg: boolean;
  wide: boolean; long: boolean; refLinks: boolean; refImage: boolean; pctImage: boolean; multiAlt: boolean;
  rawAnchor: boolean; span: boolean; codeSpan: boolean; fenced: boolean; oneSpace: boolean; nested: boolean;
  quote: boolean; comment: boolean; twoLineLink: boolean; divs: boolean; h4: boolean; glossary: boolean;
  brk: string; emph: string;
}

export interface Lesson {
  i: number; manual: string; folder: string; title: P; topic: Topic; f: Features;
  /** Content sections (3 or 4) between the objectives and the activity. */
  sections: readonly H[];
  reviewed: string; next: Lesson | undefined; rng: () => number;
}

// ---- Markdown pieces ------------------------------------------------------

export interface Block { t: readonly [string, string]; sec: string; tag: string }
const B = (sec: string, tag: string, make: (k: K) => string): Block => ({ t: [make(0), make(1)], sec, tag });

/** Hard-wraps at `width`, never starting a line with something Markdown reads as a marker. */
function wrap(s: string, width = 72): string {
  const lines: string[] = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && cur.length + 1 + w.length > width && !/^(?:[-+*>#=|:]+|\d+[.)])$/.test(w)) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  return [...lines, cur].join('\n');
}
const fill = (L: Lesson, s: string): string => (L.f.wrap ? wrap(s) : s);

function heading(L: Lesson, level: number, text: P, id: string | undefined, sec: string, tag: string): Block {
  return B(sec, tag, (k) => {
    const attr = id && L.f.ids ? ` {#${id}}` : '';
    const s = text[k];
    if (L.f.setext && level <= 2) return `${s}${attr}\n${(level === 1 ? '=' : '-').repeat(Math.max(3, s.length + attr.length))}`;
    const h = '#'.repeat(level);
    return L.f.closing && !attr ? `${h} ${s} ${h}` : `${h} ${s}${attr}`;
  });
}

function para(L: Lesson, sec: string, n: number, tag = 'p'): Block {
  const chosen = pick(L.rng, [...L.topic.facts, ...GENERAL], n);
  const e = L.rng() < 0.35 ? int(L.rng, n) : -1;
  return B(sec, tag, (k) => fill(L, chosen.map((s, j) => (j === e ? `${L.f.emph}${s[k]}${L.f.emph}` : s[k])).join(' ')));
}

const list = (items: readonly string[], marker: string, indent = ''): string =>
  items.map((s, j) => `${indent}${marker === '1.' ? `${j + 1}.` : marker} ${s}`).join('\n');
const texts = (ps: readonly P[], k: K): string[] => ps.map((p) => p[k]);
function splitMiddle(s: string): string {
  const at = s.indexOf(' ', Math.floor(s.length / 2));
  return at === -1 ? s : `${s.slice(0, at)}\n${s.slice(at + 1)}`;
}

function wideTable(L: Lesson, sec: string): Block {
  const rows = TIMES.map((t) => [t, ...Array.from({ length: 7 }, () => CELLS[int(L.rng, CELLS.length)]!)]);
  return B(sec, 'table', (k) => [`| ${texts(WEEK, k).join(' | ')} |`, `|:--|${':-:|'.repeat(7)}`, ...rows.map((r) => `| ${texts(r, k).join(' | ')} |`)].join('\n'));
}
function longTable(L: Lesson, sec: string): Block {
  const rows = Array.from({ length: 80 }, (_, j) => [String(j + 1), String(4 + int(L.rng, 7)), String(5 + int(L.rng, 5)), FEEL[int(L.rng, FEEL.length)]!] as const);
  return B(sec, 'table', (k) => [texts(LOG, k).join(' | '), '---|---:|---:|---', ...rows.map((r) => `${r[0]} | ${r[1]} | ${r[2]} | ${r[3][k]}`)].join('\n'));
}

function content(L: Lesson, j: number, s: H, last: boolean): Block[] {
  const sec = `c${j}`;
  const { f, topic: T, rng } = L;
  const out = [heading(L, 2, [s[0], s[1]], s[2], sec, 'h2')];
  if (f.comment && j === 1) out.push(B(sec, 'comment', (k) => COMMENT[k]));
  out.push(para(L, sec, 4 + int(rng, 2)));
  if (j === 0) {
    const title: P | undefined = L.i % 5 === 3 ? ['Figura 1', 'Figure 1'] : undefined;
    out.push(B(sec, 'figure', (k) => `![${f.multiAlt ? splitMiddle(T.figures[0]![k]) : T.figures[0]![k]}](img/figure-1.${f.svg ? 'svg' : 'png'}${title ? ` "${title[k]}"` : ''})${L.i % 5 === 4 ? '{width=60%}' : ''}`));
    if (f.span) out.push(B(sec, 'span', (k) => fill(L, `${['Una palabra que vamos a usar es', 'A word we will use is'][k]} [${T.term[k]}]{#definicion}: ${T.term[k + 2]}`)));
    out.push(para(L, sec, 3));
  } else if (j === 1) {
    if (f.rawAnchor) out.push(B(sec, 'anchor', () => '<a id="consejos"></a>'));
    out.push(para(L, sec, 3), para(L, sec, 4));
    if (f.wide) out.push(B(sec, 'p', (k) => ['Un plan para la semana:', 'A plan for the week:'][k]!), wideTable(L, sec));
    if (f.long) out.push(B(sec, 'p', (k) => ['Registro diario para llenar en casa:', 'A daily log to fill in at home:'][k]!), longTable(L, sec));
    if (f.refImage) out.push(B(sec, 'ref-figure', (k) => `![${T.figures[1]![k]}][fig-2]`), B(sec, 'ref-def', () => '[fig-2]: img/figure-2.png'));
    if (f.pctImage) out.push(B(sec, 'pct-figure', (k) => `![${['Mapa de la zona con la clínica marcada', 'Map of the area with the clinic marked'][k]}](img/mapa%20de%20la%20zona.png)`));
  } else if (j === 2) {
    const [s1, s2] = pick(rng, SUBHEADS, 2) as [P, P];
    out.push(heading(L, 3, s1, undefined, sec, 'sub1'), para(L, sec, 3, 'sub1'));
    if (f.nested) {
      const [a, b, c, d] = pick(rng, T.facts, 4) as [P, P, P, P];
      const ind = f.oneSpace ? ' ' : '';
      out.push(B(sec, 'sub1', (k) => `${ind}- ${a[k]}\n${ind}  - ${b[k]}\n${ind}  - ${c[k]}\n${ind}- ${d[k]}`));
    }
    if (f.h4) out.push(heading(L, 4, H4S[int(rng, H4S.length)]!, undefined, sec, 'h4'), para(L, sec, 2, 'h4'));
    out.push(heading(L, 3, s2, undefined, sec, 'sub2'), para(L, sec, 3, 'sub2'));
    if (f.quote) out.push(B(sec, 'sub2', (k) => QUOTE[k]));
  } else {
    const items = pick(rng, T.facts, 3);
    out.push(para(L, sec, 4), B(sec, 'list', (k) => list(texts(items, k), L.i % 2 ? '+' : '-', f.oneSpace ? ' ' : '')));
  }
  if (last && f.codeSpan) out.push(B(sec, 'code-span', (k) => CODE_NOTE[k]));
  if (last && f.fenced) out.push(B(sec, 'fenced', (k) => FENCED[k].replaceAll('{f}', L.i % 12 === 5 ? '```' : '~~~~')));
  out.push(para(L, sec, 3));
  return out;
}

export function lesson(L: Lesson): Block[] {
  const { f, topic: T, rng } = L;
  const v = (opts: readonly P[]): P => opts[L.i % opts.length]!;
  const out: Block[] = [];
  if (f.title1) out.push(B('title', 'h1', (k) => (f.setext ? `${L.title[k]}\n${'='.repeat(L.title[k].length)}` : `# ${L.title[k]}`)));
  const objectives = T.objectives.slice(0, 3 + (L.i % 3));
  out.push(heading(L, 2, v(FIXED.objectives), 'objectives', 'objectives', 'h2'), B('objectives', 'p', (k) => v(FIXED.intro)[k]));
  out.push(B('objectives', 'objectives-list', (k) => list(texts(objectives, k), L.i % 2 ? '1.' : '-', f.oneSpace ? ' ' : '')));
  L.sections.forEach((s, j) => out.push(...content(L, j, s, j === L.sections.length - 1)));
  const lastSec = `c${L.sections.length - 1}`;
  if (f.brk) out.push(B(lastSec, 'break', () => f.brk));

  out.push(heading(L, 2, v(FIXED.activity), 'activity', 'activity', 'h2'));
  const steps = list(STEPS.slice(0, 4 + (L.i % 3)).map((s) => s[0]), '1.');
  const stepsEn = list(STEPS.slice(0, 4 + (L.i % 3)).map((s) => s[1]), '1.');
  const mat: P = ['**Materiales:** hojas de papel y plumones. **Tiempo:** 20 minutos', '**Materials:** paper and markers. **Time:** 20 minutes'];
  out.push(B('activity', 'activity', (k) => (f.divs ? `::: activity\n${mat[k]}\n\n${k ? stepsEn : steps}\n:::` : `${mat[k]}\n\n${k ? stepsEn : steps}`)));

  out.push(heading(L, 2, v(FIXED.key), 'key-messages', 'key-messages', 'h2'));
  out.push(B('key-messages', 'key', (k) => (f.divs ? `::: key\n${list(texts(T.keys, k), '-')}\n:::` : list(texts(T.keys, k), '*'))));

  out.push(heading(L, 2, v(FIXED.assessment), 'assessment', 'assessment', 'h2'));
  out.push(B('assessment', 'p', (k) => ['Haga estas preguntas antes y después de la sesión.', 'Ask these questions before and after the session.'][k]!));
  out.push(B('assessment', 'assessment-list', (k) => list(texts(T.questions.slice(0, 4 + (L.i % 2)), k), '1.', f.oneSpace ? ' ' : '')));
  if (f.divs) out.push(B('assessment', 'note', (k) => `::: note\n${fill(L, pick(rng, GENERAL, 2).map((s) => s[k]).join(' '))}\n:::`));
  if (f.brk) out.push(B('assessment', 'break', () => f.brk));

  out.push(...resources(L, v(FIXED.resources)));
  if (f.glossary) {
    const g = (k: K): string => `**${T.term[k][0]!.toUpperCase()}${T.term[k].slice(1)}**\n: ${T.term[k + 2]![0]!.toUpperCase()}${T.term[k + 2]!.slice(1)}`;
    out.push(heading(L, 2, FIXED.glossary, 'glossary', 'glossary', 'h2'), B('glossary', 'p', g));
  }
  return out;
}

function resources(L: Lesson, title: P): Block[] {
  const { f, topic: T } = L;
  const next = L.next!;
  const href = (k: K): string => `../${next.folder}/${LANGS[k]}.md${next.f.ids ? '#objectives' : ''}`;
  const items = (k: K): string[] => [
    ['**Emergencias:** llame al 911.', '**Emergencies:** call 911.'][k]!,
    ...(T.key === 'estres' || L.i % 2 ? [['**Crisis emocional:** llame o mande un mensaje de texto al 988.', '**Emotional crisis:** call or text 988.'][k]!] : []),
    ['Información de salud en español: <https://medlineplus.gov/spanish/>', 'Health information: <https://medlineplus.gov/>'][k]!,
    ...(f.refLinks ? [['[Centros para el Control y la Prevención de Enfermedades][cdc]', '[Centers for Disease Control and Prevention][cdc]'][k]!, `[${['El próximo módulo', 'The next module'][k]}][siguiente]`] : []),
    ...(f.twoLineLink ? [] : [`[${['Módulo siguiente', 'Next module'][k]}: ${next.title[k]}](${href(k)})`]),
    ...(f.rawAnchor ? [['Repase [los consejos de la segunda sección](#consejos).', 'Review [the tips in the second section](#consejos).'][k]!] : []),
    ...(f.span ? [[`Vuelva a leer [la definición de ${T.term[0]}](#definicion).`, `Read [the definition of ${T.term[1]}](#definicion) again.`][k]!] : []),
  ];
  const out = [heading(L, 2, title, 'resources', 'resources', 'h2'), B('resources', 'resources-list', (k) => list(items(k), '-', f.oneSpace ? ' ' : ''))];
  if (f.twoLineLink) out.push(B('resources', 'two-line-link', (k) => [`Para seguir aprendiendo, [lea el módulo\n«${next.title[0]}»](${href(0)}).`, `To keep learning, [read the module\n"${next.title[1]}"](${href(1)}).`][k]!));
  if (f.refLinks) out.push(B('resources', 'ref-links', (k) => `[cdc]: https://www.cdc.gov/\n[siguiente]: ${href(k)}`));
  return out;
}

