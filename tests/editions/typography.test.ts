// Typography for new readers, read back from built PDFs: no word broken in a
// table cell, a parallel column or the glossary; one-language body text
// hyphenated only where the manual allows it, in lines of about 60–75
// characters; glossary entries with a hanging indent; figures and tables that
// do not fit moved without leaving more than a quarter of a page empty; the
// edition line in each cover's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { demoManual, load, manualYaml, writeProject } from './fixture.js';
import { readPages, type PageText } from './pdf-read.js';
import { brokenWords, charactersPerLine, textLines, wordsOf, type TextLine } from './text-lines.js';

const TALL_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="360" viewBox="0 0 400 360"><rect width="400" height="360" fill="#dde8f0"/><circle cx="200" cy="180" r="120" fill="#2e7d32"/></svg>`;

const ES_SENTENCES = [
  'Las responsabilidades institucionales de la administración municipal incluyen la organización comunitaria y la capacitación permanente de las promotoras.',
  'Desafortunadamente, las comunicaciones intergubernamentales entre departamentos sanitarios suelen retrasar considerablemente las autorizaciones correspondientes.',
  'Las trabajadoras agrícolas necesitan información comprensible sobre hospitalizaciones, deshidratación, recomendaciones alimentarias y procedimientos administrativos.',
];
const EN_SENTENCES = [
  'Community health workers listen to families, explain what the clinic offers and help people find the care they need close to home.',
  'When a family moves between two countries, its records often stay behind, so the worker helps them keep copies of the papers that matter.',
  'Many people feel stress first in the body, with headaches, poor sleep or a tight chest, and only later talk about how they feel.',
];

/** `n` paragraphs of the sentences, each starting with a marker word. */
function paragraphs(sentences: readonly string[], n: number, marker: string): string {
  return Array.from({ length: n }, (_, i) => `${marker}${i + 1} ${[0, 1, 2, 0, 1, 2].map((k) => sentences[(k + i) % 3]).join(' ')}`).join('\n\n');
}

/** A table of three columns of long words, so cells wrap over several lines. */
function narrowTable(lang: 'es' | 'en'): string {
  const es = lang === 'es';
  const rows = Array.from({ length: 8 }, (_, i) => [
    es ? `Alimentación saludable número ${i}` : `Healthy eating number ${i}`,
    es ? 'Deshidratación severa en temporada' : 'Severe dehydration in the season',
    es ? 'Acompañamiento del IMSS-Bienestar' : 'Support from IMSS-Bienestar',
  ]);
  return ['| Tema | Datos | Apoyo |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Text, then figures and tables that do not fit where they are written, then text again. */
function moduleExtra(lang: 'es' | 'en'): string {
  const sentences = lang === 'es' ? ES_SENTENCES : EN_SENTENCES;
  const parts: string[] = [];
  for (let k = 0; k < 6; k++) {
    parts.push(paragraphs(sentences, 2 + (k % 3), `P${k}X`));
    parts.push(k % 2 === 0 ? `![${lang === 'es' ? 'Un círculo verde' : 'A green circle'}](img/tall.svg)` : narrowTable(lang));
  }
  parts.push(paragraphs(sentences, 4, 'FIN'));
  return `\n## ${lang === 'es' ? 'Lectura' : 'Reading'} {#reading}\n\n${parts.join('\n\n')}\n`;
}

const GLOSSARY = `terms:
  - id: long
    es: { term: acompañamiento, definition: "Estar al lado de una persona o una familia mientras busca atención, sin decidir por ella, escuchando lo que necesita y ayudándole a encontrar los servicios que le tocan." }
    en: { term: accompaniment, definition: "Staying beside a person or a family while they look for care, without deciding for them, listening to what they need and helping them find the services they are owed." }
`;

let pages: { es: PageText[]; en: PageText[]; parallel: PageText[] };

beforeAll(async () => {
  const files = demoManual('demo', 1);
  files['manuals/demo/manual.yaml'] = manualYaml('demo', 'typography:\n  hyphenate: { es: true }\n').replace(
    'edition: "1.ª edición, 2026"',
    'edition: { es: "1.ª edición, 2026", en: "1st edition, 2026" }',
  );
  files['manuals/demo/glossary.yaml'] = GLOSSARY;
  files['manuals/demo/modules/01-tema-1/img/tall.svg'] = TALL_SVG;
  for (const lang of ['es', 'en'] as const) {
    const path = `manuals/demo/modules/01-tema-1/${lang}.md`;
    files[path] = String(files[path]) + moduleExtra(lang);
  }
  const root = writeProject(files);
  const r = await buildManuals(load(root), { out: join(root, 'out') });
  expect(r.failures.map((f) => f.format())).toEqual([]);
  const read = (name: string): Promise<PageText[]> => readPages(new Uint8Array(readFileSync(join(root, 'out', 'demo', name))));
  pages = { es: await read('demo.es.pdf'), en: await read('demo.en.pdf'), parallel: await read('demo.es-en.pdf') };
}, 120_000);

/** Every word the fixture's text holds (whole words only: a fragment of one is not). */
let source: Set<string>;

/** Lines of table cells: set smaller than the body text (0.92 of it, or less when fitted). */
const inCell = (body: number) => (l: TextLine): boolean => l.size < body * 0.95 && l.size > 5;
const broken = (all: PageText[], only?: (l: TextLine) => boolean): string[] => all.flatMap((p) => brokenWords(p, source, only));

describe('hyphenation', () => {
  beforeAll(() => {
    source = wordsOf([...ES_SENTENCES, ...EN_SENTENCES, narrowTable('es'), narrowTable('en'), GLOSSARY].join(' '));
  });

  it('breaks words in Spanish body text, where the manual allows it, but never in a table cell', () => {
    expect(broken(pages.es, (l) => Math.abs(l.size - 12) < 0.2).length).toBeGreaterThan(3);
    const cells = pages.es.flatMap((p) => textLines(p)).filter(inCell(12));
    expect(cells.some((l) => l.text.includes('Deshidratación'))).toBe(true);
    expect(broken(pages.es, inCell(12))).toEqual([]);
    // The compound is kept whole on one line (its hyphen may read back as a space).
    expect(cells.some((l) => /IMSS.Bienestar/.test(l.text))).toBe(true);
    expect(cells.filter((l) => /[-\u00ad]$/.test(l.text)).map((l) => l.text)).toEqual([]);
  });

  it('breaks no word in English (not allowed by default), the parallel columns or the glossary', () => {
    expect(broken(pages.en)).toEqual([]);
    expect(broken(pages.parallel)).toEqual([]);
    const glossary = pages.es.filter((p) => p.text.includes('Glosario'));
    expect(glossary.length).toBeGreaterThan(0);
    expect(broken(glossary)).toEqual([]);
  });
});

describe('line length', () => {
  it.each(['es', 'en'] as const)('sets %s body text in lines of about 60–75 characters', (lang) => {
    const { lines, median, max } = charactersPerLine(pages[lang], 12);
    expect(lines).toBeGreaterThan(20);
    expect(median).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(72);
    expect(max).toBeLessThanOrEqual(80);
  });
});

describe('glossary', () => {
  it('hangs each entry: the lines after the first are indented', () => {
    const page = pages.es.find((p) => p.text.includes('Glosario') && p.text.includes('acompañamiento'))!;
    expect(page).toBeDefined();
    const lines = textLines(page, 30);
    const first = lines.findIndex((l) => l.text.startsWith('acompañamiento:'));
    const [a, b, c] = [lines[first], lines[first + 1], lines[first + 2]];
    expect(b!.x - a!.x).toBeCloseTo(18, 0); // 1.5em of 12pt
    expect(c!.x).toBeCloseTo(b!.x, 1);
  });
});

describe('floats', () => {
  it.each(['es', 'en'] as const)('leaves no more than a quarter of a page empty before a figure or table in %s', (lang) => {
    const all = pages[lang];
    const first = all.findIndex((p) => p.text.includes('P0X1'));
    const last = all.findIndex((p) => p.text.includes('FIN4'));
    expect(last).toBeGreaterThan(first + 2);
    for (const page of all.slice(first, last)) {
      // The lowest line above the page number ends within a quarter page of the bottom margin.
      const ys = textLines(page).map((l) => l.y).filter((y) => y > 50);
      expect(Math.min(...ys)).toBeLessThan(62 + page.height / 4);
    }
  });
});

describe('edition', () => {
  it('is written in the language of each cover', () => {
    expect(pages.en[0]!.text).toContain('1st edition, 2026');
    expect(pages.en[0]!.text).not.toContain('edición');
    expect(pages.es[0]!.text).toContain('1.ª edición, 2026');
    expect(pages.es[0]!.text).not.toContain('1st edition');
    expect(pages.parallel[0]!.text).toContain('1.ª edición, 2026 / 1st edition, 2026');
    // A licence given once is the same in every language, printed once.
    expect(pages.parallel[0]!.text.split('CC BY-SA 4.0').length - 1).toBe(1);
  });
});
