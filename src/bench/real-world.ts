// A bilingual project (es source, en translation) written the way people
// really write Markdown — setext headings, reference links and images,
// one-space lists, HTML comments holding `## headings`, code holding Markdown,
// tables of 8 columns and of 80 rows, percent-encoded image names … — to test
// that `check` and `build` read real Markdown. Deterministic: a seeded PRNG.
// Every lesson pair is a faithful translation except the planted differences,
// which come back as data (file, line when it is unambiguous, rule id).
import { mulberry32 } from './prng.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CELLS, CODE_NOTE, COMMENT, FEEL, FENCED, FIXED, GENERAL, H4S, LOG, QUOTE, STEPS, SUBHEADS, TIMES, TOPICS, WEEK, png, svg, type H, type P, type Topic } from './real-world-assets.js';
import { PLANTS, assemble, lineOf, type Docs, type Hit, type Plant } from './real-world-plants.js';

export interface Planted {
  /** Path relative to the project root, with `/`. */
  file: string;
  /** The line the finding names, given only where there is one obvious answer. */
  line?: number;
  /** The `check` rule expected to report it. */
  rule: string;
  what: string;
}

/** A warning the project has on purpose (not a planted difference), with why. */
export interface KnownWarning { file: string; line: number; rule: string; why: string }

export interface RealWorldOptions { lessons?: number; seed?: number; plant?: boolean }

export interface RealWorldProject {
  /** Manual ids (folders under manuals/). */
  manuals: string[];
  planted: Planted[];
  warnings: KnownWarning[];
  /** Module folders, relative to the project root. */
  modules: string[];
}

export type K = 0 | 1; // 0 = es (source), 1 = en
const LANGS = ['es', 'en'] as const;

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

const MANUALS = [
  { id: 'salud-y-bienestar', topics: ['estres', 'clinica'], title: ['Salud y bienestar en la comunidad', 'Health and wellbeing in the community'], required: ['objectives', 'assessment'], extra: 'review_interval_months: 24\n' },
  { id: 'trabajo-del-campo', topics: ['calor', 'pesticidas'], title: ['Salud en el trabajo del campo', 'Health in farm work'], required: ['objectives', 'activity', 'key-messages', 'assessment', 'resources'], extra: '' },
  { id: 'embarazo-saludable', topics: ['embarazo'], title: ['Un embarazo saludable', 'A healthy pregnancy'], required: [], extra: 'authors: [Equipo de promotoras]\n' },
] as const;

const int = (r: () => number, n: number): number => Math.floor(r() * n);
function pick<T>(r: () => number, arr: readonly T[], n: number): T[] {
  const a = [...arr];
  for (let j = a.length - 1; j > 0; j--) { const x = int(r, j + 1); [a[j], a[x]] = [a[x]!, a[j]!]; }
  return a.slice(0, n);
}
const pad = (n: number): string => String(n).padStart(2, '0');

function features(i: number): Features {
  return {
    ids: i % 3 !== 2, setext: i % 4 === 1, title1: i % 8 === 5, closing: i % 6 === 2, wrap: i % 2 === 1, svg: i % 5 === 2,
    wide: i % 6 === 0, long: i % 7 === 3, refLinks: i % 3 === 0, refImage: i % 4 === 2, pctImage: i % 6 === 4, multiAlt: i % 3 === 1,
    rawAnchor: i % 4 === 3, span: i % 6 === 1, codeSpan: i % 4 === 0, fenced: i % 6 === 5, oneSpace: i % 4 === 0, nested: i % 3 === 1,
    quote: i % 2 === 0, comment: i % 7 === 1, twoLineLink: i % 4 === 1, divs: i % 3 !== 1, h4: i % 3 === 0 || i % 4 === 1, glossary: i % 3 === 0,
    brk: ['', '***', '___', '- - -'][(i >> 1) % 4]!, emph: ['*', '_', '**', '__'][i % 4]!,
  };
}

function makeLessons(n: number, seed: number): Lesson[] {
  const inManual = new Map<string, number>();
  const inTopic = new Map<string, number>();
  const out: Lesson[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const manual = MANUALS.find((m) => (m.topics as readonly string[]).includes(topic.key))!.id;
    const num = (inManual.get(manual) ?? 0) + 1;
    const t = inTopic.get(topic.key) ?? 0;
    inManual.set(manual, num);
    inTopic.set(topic.key, t + 1);
    const base = topic.titles[t % topic.titles.length]!;
    const round = Math.floor(t / topic.titles.length);
    const title: P = round ? [`${base[0]} (${round + 1})`, `${base[1]} (${round + 1})`] : [base[0], base[1]];
    const rng = mulberry32(seed * 7919 + i);
    const count = 3 + ((i >> 1) % 2);
    const sections = topic.sections.slice(i % 2 === 0 ? 0 : 5 - count).slice(0, count);
    out.push({ i, manual, folder: `${pad(num)}-${base[2]}${round ? `-${round + 1}` : ''}`, title, topic, f: features(i), sections, reviewed: `2026-${pad(1 + int(rng, 10))}-${pad(1 + int(rng, 28))}`, next: undefined, rng });
  }
  for (const L of out) {
    const same = out.filter((x) => x.manual === L.manual);
    L.next = same[(same.indexOf(L) + 1) % same.length];
  }
  return out;
}

// ---- Markdown pieces ------------------------------------------------------

interface Block { t: readonly [string, string]; sec: string; tag: string }
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

function lesson(L: Lesson): Block[] {
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

// ---- Files ------------------------------------------------------------------

function frontMatter(L: Lesson, k: K): string {
  const t = L.title[k];
  const title = L.i % 3 === 0 ? `"${t}"` : L.i % 3 === 1 && !t.includes("'") ? `'${t}'` : t;
  const lines = ['---', `title: ${title}`, `duration: ${[45, 60, 90, 120][L.i % 4]}`, `reviewed: ${L.reviewed}`];
  if (L.i % 4 === 2) lines.push('authors: [Equipo de promotoras]');
  if (L.i % 5 === 3) lines.push(`tags: [${L.topic.key}, comunidad]`);
  if (L.i % 6 === 1) lines.push(['# revisar otra vez el próximo año', '# review again next year'][k]!);
  return `${[...lines, '---'].join('\n')}\n`;
}

function write(root: string, rel: string, data: string | Buffer): void {
  const path = join(root, ...rel.split('/'));
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

function manualFiles(root: string, m: (typeof MANUALS)[number], lessons: Lesson[]): void {
  const yaml = [`# Generated by src/bench/real-world.ts`, `id: ${m.id}`, m.id.length % 2 ? `title: { es: "${m.title[0]}", en: "${m.title[1]}" }` : `title:\n  es: ${m.title[0]}\n  en: ${m.title[1]}`, 'languages: [es, en]', 'organization: Red de Promotoras de Ejemplo', 'edition: "2026"', 'license: CC BY 4.0', `required_sections: [${m.required.join(', ')}]`].join('\n');
  write(root, `manuals/${m.id}/manual.yaml`, `${yaml}\n${m.extra}`);
  const topics = TOPICS.filter((t) => lessons.some((L) => L.topic === t));
  const terms = topics.map((t) => `  - id: ${t.term[1].replaceAll(' ', '-').replace(/[^a-z-]/g, '')}\n    es: { term: ${t.term[0]}, definition: "${t.term[2]}" }\n    en: { term: ${t.term[1]}, definition: "${t.term[3]}" }`);
  write(root, `manuals/${m.id}/glossary.yaml`, `terms:\n${terms.join('\n')}\n`);
}

/** Writes the project into `dir` (which may exist); returns what was planted. */
export function writeRealWorldProject(dir: string, opts: RealWorldOptions = {}): RealWorldProject {
  const all = makeLessons(opts.lessons ?? 42, opts.seed ?? 1);
  const plantOf = opts.plant === false ? new Map<number, Plant>() : assignPlants(all);
  const manuals = MANUALS.filter((m) => all.some((L) => L.manual === m.id));
  for (const m of manuals) manualFiles(dir, m, all.filter((L) => L.manual === m.id));
  const planted: Planted[] = [];
  const warnings: KnownWarning[] = [];
  for (const L of all) {
    const blocks = lesson(L);
    const docs: Docs = [0, 1].map((k) => blocks.map((b) => ({ text: b.t[k]!, sec: b.sec, tag: b.tag }))) as Docs;
    const missing = new Set<string>();
    const hits: Hit[] = plantOf.get(L.i)?.apply(docs, L, missing) ?? [];
    const rel = `manuals/${L.manual}/modules/${L.folder}`;
    for (const k of [0, 1] as const) {
      const file = `${rel}/${LANGS[k]}.md`;
      const { text, starts } = assemble(frontMatter(L, k), docs[k]);
      write(dir, file, text);
      for (const h of hits.filter((x) => x.k === k)) planted.push({ file, rule: h.rule, what: h.what, ...(h.at ? { line: lineOf(docs[k], starts, h.at) } : {}) });
      if (!L.f.ids) warnings.push({ file, rule: 'section-id-missing', line: lineOf(docs[k], starts, { tag: 'h2' }), why: 'a lesson written before promokit: its headings have no {#id}' });
      if (L.f.title1) warnings.push({ file, rule: 'heading-level-skip', line: lineOf(docs[k], starts, { tag: 'h1' }), why: 'the lesson starts with a level-1 title, as documents converted from Word do' });
      if (k === 1) warnings.push({ file, rule: 'translation-stale', line: 1, why: 'generated translations are never stamped' });
      docs[k].forEach((p, j) => p.text === '- - -' && warnings.push({ file, rule: 'break-read-as-list', line: starts[j]!, why: 'a rule written - - -, which the build (pandoc) reads as nested bullet lists' }));
    }
    const colour: [number, number, number] = [(L.i * 53) % 256, (L.i * 97) % 256, 160];
    const images: [string, string | Buffer][] = [[`img/figure-1.${L.f.svg ? 'svg' : 'png'}`, L.f.svg ? svg(`#${colour.map((c) => pad(c % 100)).join('')}`) : png(colour)]];
    if (L.f.refImage) images.push(['img/figure-2.png', png([colour[1], 120, colour[0]])]);
    if (L.f.pctImage) images.push(['img/mapa de la zona.png', png([40, colour[0], colour[1]])]);
    for (const [name, data] of images) if (!missing.has(name)) write(dir, `${rel}/${name}`, data);
  }
  return { manuals: manuals.map((m) => m.id), planted, warnings, modules: all.map((L) => `manuals/${L.manual}/modules/${L.folder}`) };
}

/** One plant per lesson, spread over the project; plants that fit no free lesson are left out. */
function assignPlants(all: Lesson[]): Map<number, Plant> {
  const out = new Map<number, Plant>();
  PLANTS.forEach((p, n) => {
    const free = all.filter((L) => !out.has(L.i) && p.fits(L));
    const L = free[(n * 7) % Math.max(1, free.length)];
    if (L) out.set(L.i, p);
  });
  return out;
}
