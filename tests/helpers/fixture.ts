// Small projects written to a temp folder, built inside each test.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Files = Record<string, string | Uint8Array>;

export function writeProject(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'promokit-test-'));
  mkdirSync(join(root, 'manuals'), { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

export const MANUAL_YAML = `id: demo
title:
  es: Manual de prueba
  en: Test manual
languages: [es, en]
organization: Red de Prueba
edition: "1"
license: CC BY-SA 4.0
required_sections: [objectives, activity, assessment]
review_interval_months: 24
`;

export function moduleEs(extra = ''): string {
  return `---
title: El estrés
duration: 60
reviewed: 2026-10-01
---

## Objetivos {#objectives}

1. Explicar qué es el estrés.
2. Nombrar dos señales.

## ¿Qué es? {#what-is-it}

El estrés es una reacción del cuerpo.

![Una persona cansada](img/persona.svg)

## Actividad {#activity}

::: activity
1. Formen grupos.
:::

## Evaluación {#assessment}

1. ¿Qué es el estrés?
2. ¿Qué señales tiene?

::: facilitator
1. Una reacción.
:::
${extra}`;
}

export function moduleEn(extra = '', frontMatterExtra = ''): string {
  return `---
title: Stress
duration: 60
reviewed: 2026-10-01
${frontMatterExtra}---

## Objectives {#objectives}

1. Explain what stress is.
2. Name two signs.

## What is it? {#what-is-it}

Stress is a reaction of the body.

![A tired person](img/persona.svg)

## Activity {#activity}

::: activity
1. Make groups.
:::

## Assessment {#assessment}

1. What is stress?
2. What signs does it have?

::: facilitator
1. A reaction.
:::
${extra}`;
}

export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>';

/** A correct one-module manual `demo`; override or add files with `files`. */
export function demoProject(files: Files = {}): string {
  return writeProject({
    'manuals/demo/manual.yaml': MANUAL_YAML,
    'manuals/demo/glossary.yaml': 'terms:\n  - id: stress\n    es: { term: estrés, definition: Reacción del cuerpo. }\n    en: { term: stress, definition: A reaction of the body. }\n',
    'manuals/demo/modules/01-estres/es.md': moduleEs(),
    'manuals/demo/modules/01-estres/en.md': moduleEn(),
    'manuals/demo/modules/01-estres/img/persona.svg': SVG,
    ...files,
  });
}
