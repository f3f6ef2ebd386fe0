// A generated corpus for `npm run bench`: N modules × 2 languages of
// realistic size (~900 words, 8 sections, images, links, lists).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" viewBox="0 0 200 120"><rect x="10" y="10" width="180" height="100" fill="#cde"/></svg>';

const PARA = {
  es: 'Migrar cambia la vida de una familia. Muchas personas sienten tristeza, cansancio o preocupación. Estas reacciones son normales. Hablar con alguien de confianza ayuda. La promotora escucha sin juzgar y comparte información clara.',
  en: 'Migrating changes the life of a family. Many people feel sadness, tiredness or worry. These reactions are normal. Talking with someone you trust helps. The promotora listens without judging and shares clear information.',
};

function moduleText(lang: 'es' | 'en', n: number): string {
  const p = PARA[lang];
  const body = (k: number): string => Array.from({ length: k }, () => p).join('\n\n');
  const head = lang === 'es' ? ['Objetivos', 'Contenido', 'Señales', 'Actividad', 'Mensajes clave', 'Evaluación', 'Recursos', 'Glosario'] : ['Objectives', 'Content', 'Signs', 'Activity', 'Key messages', 'Assessment', 'Resources', 'Glossary'];
  return `---
title: ${lang === 'es' ? 'Módulo' : 'Module'} ${n}
duration: 90
reviewed: 2026-06-01
---

## ${head[0]} {#objectives}

1. ${p.slice(0, 60)}
2. ${p.slice(60, 120)}
3. ${p.slice(120, 180)}

## ${head[1]} {#content}

${body(6)}

![${lang === 'es' ? 'Una familia camina junta' : 'A family walks together'}](img/figura.svg)

### ${head[2]}

${body(4)}

## ${head[2]} {#signs}

${body(5)}

See [${head[0]}](#objectives).

## ${head[3]} {#activity}

::: activity
1. ${p.slice(0, 50)}
2. ${p.slice(50, 100)}
:::

## ${head[4]} {#key-messages}

::: key
- ${p.slice(0, 70)}
- ${p.slice(70, 140)}
:::

## ${head[5]} {#assessment}

1. ${p.slice(0, 40)}?
2. ${p.slice(40, 80)}?
3. ${p.slice(80, 120)}?
4. ${p.slice(120, 160)}?

::: facilitator
1. ${p.slice(0, 30)}
:::

## ${head[6]} {#resources}

- 911

## ${head[7]} {#glossary}

**${head[1]}**
: ${p.slice(0, 80)}
`;
}

/** Writes a project with one manual of `modules` modules; returns its root. */
export function writeCorpus(modules: number, id = 'bench'): string {
  const root = mkdtempSync(join(tmpdir(), 'promokit-bench-'));
  // Module folders are numbered 01–99, so a larger corpus spans several manuals.
  for (let first = 1, k = 1; first <= modules; first += 99, k++) writeManual(root, k === 1 ? id : `${id}-${k}`, Math.min(99, modules - first + 1));
  return root;
}

function writeManual(root: string, id: string, modules: number): void {
  const dir = join(root, 'manuals', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manual.yaml'),
    `id: ${id}\ntitle: { es: Manual de prueba, en: Test manual }\nlanguages: [es, en]\norganization: Bench\nedition: "1"\nlicense: CC BY 4.0\nrequired_sections: [objectives, activity, key-messages, assessment, resources, glossary]\nreview_interval_months: 24\n`,
  );
  for (let i = 1; i <= modules; i++) {
    const m = join(dir, 'modules', `${String(i).padStart(2, '0')}-modulo-${i}`);
    mkdirSync(join(m, 'img'), { recursive: true });
    writeFileSync(join(m, 'es.md'), moduleText('es', i));
    writeFileSync(join(m, 'en.md'), moduleText('en', i));
    writeFileSync(join(m, 'img', 'figura.svg'), SVG);
  }
}
