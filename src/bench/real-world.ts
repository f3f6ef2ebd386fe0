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
import { TOPICS, png, svg, type P } from './real-world-assets.js';
import { PLANTS, assemble, lineOf, type Docs, type Hit, type Plant } from './real-world-plants.js';
import { int, LANGS, lesson, type Features, type K, type Lesson } from './real-world-lessons.js';

export type { Features, K, Lesson };

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


const MANUALS = [
  { id: 'salud-y-bienestar', topics: ['estres', 'clinica'], title: ['Salud y bienestar en la comunidad', 'Health and wellbeing in the community'], required: ['objectives', 'assessment'], extra: 'review_interval_months: 24\n' },
  { id: 'trabajo-del-campo', topics: ['calor', 'pesticidas'], title: ['Salud en el trabajo del campo', 'Health in farm work'], required: ['objectives', 'activity', 'key-messages', 'assessment', 'resources'], extra: '' },
  { id: 'embarazo-saludable', topics: ['embarazo'], title: ['Un embarazo saludable', 'A healthy pregnancy'], required: [], extra: 'authors: [Equipo de promotoras]\n' },
] as const;

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
