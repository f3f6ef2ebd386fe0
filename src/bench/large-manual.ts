// A large bilingual manual for `npm run bench` (issue 14's corpus): N modules
// (40 by default) of about 3,200 words a language, each with sections, lists,
// tables, callouts and a link to another module, as a manual near 500 pages a
// language is written. Also the Spanish text as one Markdown file for the
// classic route (pandoc + xelatex), the same words without promokit's parts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from './prng.js';

type Lang = 'es' | 'en';

const WORDS: Record<Lang, string[]> = {
  es: 'la promotora escucha a cada familia con calma y comparte información clara sobre la salud el agua limpia el descanso la comida sana las vacunas la clínica cercana los derechos en el trabajo el calor del campo las citas médicas el apoyo de la comunidad y los pasos para pedir ayuda cuando hace falta'.split(' '),
  en: 'the promotora listens to each family calmly and shares clear information about health clean water rest healthy food vaccines the nearby clinic rights at work the heat in the fields medical visits support from the community and the steps to ask for help when it is needed'.split(' '),
};

const HEADS: Record<Lang, string[]> = {
  es: ['Objetivos', 'Lo que sabemos', 'Señales', 'Cómo acompañar', 'Actividad', 'Recursos en la comunidad', 'Mensajes clave', 'Evaluación'],
  en: ['Objectives', 'What we know', 'Signs', 'How to support', 'Activity', 'Resources in the community', 'Key messages', 'Assessment'],
};

const IDS = ['objectives', 'know', 'signs', 'support', 'activity', 'resources', 'key-messages', 'assessment'];

/** A sentence of `n` words drawn from the language's list, capitalised, with a full stop. */
function sentence(lang: Lang, n: number, rnd: () => number): string {
  const words = Array.from({ length: n }, () => WORDS[lang][Math.floor(rnd() * WORDS[lang].length)]!);
  const s = words.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(lang: Lang, rnd: () => number): string {
  return Array.from({ length: 5 }, () => sentence(lang, 9 + Math.floor(rnd() * 6), rnd)).join(' ');
}

/** One module in one language: the same structure in both, the words differ by module. */
export function largeModule(lang: Lang, n: number, modules: number): string {
  const rnd = mulberry32(n * 7919 + (lang === 'es' ? 1 : 2));
  const head = HEADS[lang];
  const other = (n % modules) + 1;
  const slug = (k: number): string => `${String(k).padStart(2, '0')}-modulo-${k}`;
  const table = lang === 'es' ? ['Semana', 'Actividad', 'Horas'] : ['Week', 'Activity', 'Hours'];
  const parts: string[] = [`---\ntitle: ${lang === 'es' ? 'Módulo' : 'Module'} ${n}\nduration: 90\nreviewed: 2026-06-01\n---\n`];
  parts.push(`## ${head[0]} {#objectives}\n\n${[1, 2, 3].map((k) => `${k}. ${sentence(lang, 10, rnd)}`).join('\n')}\n`);
  for (let s = 1; s < head.length; s++) {
    parts.push(`## ${head[s]} {#${IDS[s]}}\n`);
    for (let p = 0; p < 6; p++) parts.push(`${paragraph(lang, rnd)}\n`);
    parts.push(`- ${sentence(lang, 8, rnd)}\n- ${sentence(lang, 9, rnd)}\n- ${sentence(lang, 7, rnd)}\n`);
    parts.push(`| ${table.join(' | ')} |\n|---|---|---:|\n${[1, 2, 3, 4].map((w) => `| ${w} | ${sentence(lang, 5, rnd)} | ${w + s} |`).join('\n')}\n`);
    const kind = ['note', 'activity', 'key', 'facilitator', 'tip', 'warning', 'note'][s - 1]!;
    parts.push(`::: ${kind}\n${paragraph(lang, rnd)}\n:::\n`);
    if (s === 3) parts.push(`${lang === 'es' ? 'Vea el' : 'See'} [${lang === 'es' ? 'módulo' : 'module'} ${other}](../${slug(other)}/${lang}.md#objectives).\n`);
  }
  return parts.join('\n');
}

/** Writes the project (manuals/large/) into a new temporary folder; returns the folder. */
export function writeLargeManual(modules = 40): string {
  const root = mkdtempSync(join(tmpdir(), 'promokit-bench-large-'));
  const dir = join(root, 'manuals', 'large');
  mkdirSync(join(dir, 'modules'), { recursive: true });
  writeFileSync(
    join(dir, 'manual.yaml'),
    ['id: large', 'title:', '  es: Manual grande de prueba', '  en: Large test manual', 'languages: [es, en]', 'organization: Prueba', "edition: '1'", 'license: CC BY 4.0', 'required_sections: [objectives]', ''].join('\n'),
  );
  let classic = '---\ntitle: "Manual grande de prueba"\nlang: es\n---\n\n';
  for (let n = 1; n <= modules; n++) {
    const slug = `${String(n).padStart(2, '0')}-modulo-${n}`;
    mkdirSync(join(dir, 'modules', slug), { recursive: true });
    for (const lang of ['es', 'en'] as const) writeFileSync(join(dir, 'modules', slug, `${lang}.md`), largeModule(lang, n, modules));
    // The classic route: the same Spanish text, a module a chapter, callouts as plain paragraphs.
    const es = largeModule('es', n, modules).replace(/^---[\s\S]*?---\n/, '').replace(/^:::.*$/gm, '').replace(/\]\(\.\.\/[^)]*\)/g, ']()');
    classic += `# Módulo ${n}\n\n${es.replace(/ \{#[\w-]+\}/g, '')}\n`;
  }
  writeFileSync(join(root, 'manual.es.md'), classic);
  return root;
}
