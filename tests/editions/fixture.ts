// A small bilingual manual written to a temp folder, loaded with the real loader.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadProject } from '../../src/model/load-project.js';
import type { Project } from '../../src/model/types.js';

export type Files = Record<string, string | Uint8Array>;

export const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" rx="8" fill="#1f5f8b"/><circle cx="30" cy="30" r="18" fill="#e07a2e"/></svg>`;
export const PICTURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="#dde8f0"/><circle cx="120" cy="100" r="50" fill="#2e7d32"/><rect x="220" y="60" width="120" height="80" fill="#e07a2e"/></svg>`;

export function manualYaml(id = 'demo', extra = ''): string {
  return `id: ${id}
title:
  es: Salud y bienestar
  en: Health and wellbeing
subtitle:
  es: Manual para promotoras de salud
  en: A manual for community health workers
languages: [es, en]
organization: Red Comunitaria de Promotoras
edition: "1.ª edición, 2026"
license: CC BY-SA 4.0
partners:
  - name: Clínica del Valle
    logo: img/clinica.svg
required_sections: [objectives]
${extra}`;
}

export function moduleMd(lang: 'es' | 'en', n: number, extra = ''): string {
  const es = lang === 'es';
  return `---
title: "${es ? `Módulo número ${n}: el estrés` : `Module number ${n}: stress`}"
duration: ${30 + n}
reviewed: 2026-0${(n % 9) + 1}-15
---

## ${es ? 'Objetivos' : 'Objectives'} {#objectives}

${es ? 'Al terminar este módulo, usted podrá:' : 'By the end of this module you will be able to:'}

1. ${es ? 'Explicar qué es el estrés.' : 'Explain what stress is.'}
2. ${es ? 'Nombrar dos señales del estrés en el cuerpo.' : 'Name two signs of stress in the body.'}

## ${es ? '¿Qué es el estrés?' : 'What is stress?'} {#what-is-it}

${es ? 'ESPAÑOLTEXTO El estrés es una reacción natural del cuerpo ante situaciones difíciles. Las promotoras acompañan a las familias migrantes.' : 'ENGLISHTEXT Stress is a natural reaction of the body to difficult situations. Community health workers support migrant families.'}

![${es ? 'Una persona camina con una mochila' : 'A person walks with a backpack'}](img/picture.svg)

| ${es ? 'Señal' : 'Sign'} | ${es ? 'Qué hacer' : 'What to do'} |
|---|---|
| ${es ? 'Dolor de cabeza' : 'Headache'} | ${es ? 'Descansar' : 'Rest'} |

## ${es ? 'Actividad' : 'Activity'} {#activity}

::: activity
**${es ? 'Materiales' : 'Materials'}:** ${es ? 'papel' : 'paper'}

1. ${es ? 'Formen grupos de tres.' : 'Form groups of three.'}
:::

::: key
- ${es ? 'El estrés se puede manejar.' : 'Stress can be managed.'}
:::

## ${es ? 'Evaluación' : 'Assessment'} {#assessment}

1. ${es ? '¿Qué es el estrés?' : 'What is stress?'}
2. ${es ? '¿Qué señales tiene?' : 'What are its signs?'}
${extra}`;
}

export function glossaryYaml(): string {
  return `terms:
  - id: stress
    es: { term: estrés, definition: "Reacción del cuerpo ante una presión." }
    en: { term: stress, definition: "The body's reaction to pressure." }
  - id: grief
    es: { term: duelo migratorio, definition: "Tristeza por lo que se deja atrás." }
    en: { term: migratory grief, definition: "Sadness for what is left behind." }
`;
}

/** Files of a manual with `modules` modules in es and en; `allowRaw` sets `allow_raw: true` (raw Typst kept). */
export function demoManual(id = 'demo', modules = 2, opts: { extra?: Record<number, Partial<Record<'es' | 'en', string>>>; allowRaw?: boolean } = {}): Files {
  const files: Files = {
    [`manuals/${id}/manual.yaml`]: manualYaml(id, opts.allowRaw ? 'allow_raw: true\n' : ''),
    [`manuals/${id}/glossary.yaml`]: glossaryYaml(),
    [`manuals/${id}/img/clinica.svg`]: LOGO_SVG,
  };
  for (let n = 1; n <= modules; n++) {
    const dir = `manuals/${id}/modules/${String(n).padStart(2, '0')}-tema-${n}`;
    files[`${dir}/es.md`] = moduleMd('es', n, opts.extra?.[n]?.es ?? '');
    files[`${dir}/en.md`] = moduleMd('en', n, opts.extra?.[n]?.en ?? '');
    files[`${dir}/img/picture.svg`] = PICTURE_SVG;
  }
  return files;
}

export function writeProject(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'promokit-build-'));
  mkdirSync(join(root, 'manuals'), { recursive: true });
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Files): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Loads the project; fails the test on a loader error (diagnostics of `check` are not our concern). */
export function load(root: string): Project {
  return loadProject(root).project;
}
