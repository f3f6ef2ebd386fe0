import { describe, expect, it } from 'vitest';
import { check, only } from '../../helpers/check.js';
import { demoProject, MANUAL_YAML, moduleEn, moduleEs } from '../../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const EN = 'manuals/demo/modules/01-estres/en.md';
const TARGETS = 'readability:\n  es: { fernandez_huerta_min: 65 }\n  en: { fk_grade_max: 8 }\n';

const HARD_ES = `
## Contexto {#context}

La implementación de estrategias comunitarias interdisciplinarias requiere la participación coordinada de instituciones gubernamentales, organizaciones no gubernamentales y representantes comunitarios.

La evaluación sistemática de los resultados obtenidos permite identificar oportunidades de mejoramiento institucional y fortalecimiento organizacional en cada una de las intervenciones.

Las intervenciones psicosociales especializadas contribuyen significativamente a la disminución de la sintomatología depresiva.
`;
const HARD_EN = `
## Context {#context}

The implementation of interdisciplinary community strategies necessitates the coordinated participation of governmental institutions, nongovernmental organizations and community representatives.

The systematic evaluation of the results obtained facilitates the identification of opportunities for institutional improvement and organizational strengthening in every intervention.

Specialized psychosocial interventions contribute significantly to the reduction of depressive symptomatology.
`;
const EASY_ES = `
## Contexto {#context}

${'El grupo se reúne cada semana. Hablan de su día. Comen juntos y ríen. '.repeat(6)}
`;

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('readability', () => {
  it('fires when a module is harder than the target, with score, target and the three longest sentences', () => {
    const es = moduleEs(HARD_ES);
    const en = moduleEn(HARD_EN);
    const r = check(demoProject({ 'manuals/demo/manual.yaml': MANUAL_YAML + TARGETS, [ES]: es, [EN]: en }));
    const d = only(r, 'readability');
    expect(d.map((x) => [x.file, x.severity])).toEqual([[EN, 'warning'], [ES, 'warning']]);
    const esD = d.find((x) => x.file === ES)!;
    expect(esD.message).toMatch(/Fernández-Huerta -?\d+\.\d \(target ≥ 65, readability\.es\.fernandez_huerta_min\)/);
    const l1 = lineOf(es, 'La evaluación sistemática');
    const l2 = lineOf(es, 'La implementación');
    const l3 = lineOf(es, 'Las intervenciones');
    expect(esD.line).toBe(l1); // the longest sentence
    expect(esD.message).toMatch(new RegExp(`Longest sentences: line ${l1} \\(22 words\\) "La evaluación .*…"; line ${l2} \\(19 words\\) .*; line ${l3} \\(13 words\\)`));
    expect(d.find((x) => x.file === EN)!.message).toMatch(/Flesch–Kincaid grade \d+\.\d \(target ≤ 8, readability\.en\.fk_grade_max\)/);
  });

  it('is quiet for easy text, without targets, for short modules and for facilitator notes', () => {
    const withTargets = { 'manuals/demo/manual.yaml': MANUAL_YAML + TARGETS };
    expect(only(check(demoProject({ ...withTargets, [ES]: moduleEs(EASY_ES) })), 'readability')).toEqual([]);
    expect(only(check(demoProject({ [ES]: moduleEs(HARD_ES), [EN]: moduleEn(HARD_EN) })), 'readability')).toEqual([]);
    // the demo module alone is under 50 words
    expect(only(check(demoProject(withTargets)), 'readability')).toEqual([]);
    const notes = moduleEs(`${EASY_ES}\n::: facilitator\n${HARD_ES.replace('## Contexto {#context}', '')}\n:::\n`);
    expect(only(check(demoProject({ ...withTargets, [ES]: notes })), 'readability')).toEqual([]);
  });

  it('says when a target cannot be applied to a language', () => {
    const yaml = MANUAL_YAML + 'readability:\n  es: { fk_grade_max: 8 }\n';
    const d = only(check(demoProject({ 'manuals/demo/manual.yaml': yaml })), 'readability');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ file: 'manuals/demo/manual.yaml', line: 1 });
    expect(d[0]!.message).toBe('readability.es.fk_grade_max is not applied: promokit does not score es text with that scale; for es it uses fernandez_huerta_min and szigriszt_min');
  });
});
