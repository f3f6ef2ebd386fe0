import { describe, expect, it } from 'vitest';
import { check, only } from '../helpers/check.js';
import { demoProject, moduleEn, moduleEs } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const EN = 'manuals/demo/modules/01-estres/en.md';
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('heading-level-skip', () => {
  it('fires for #### under ## and for a level-1 heading', () => {
    const es = moduleEs('\n#### Demasiado hondo\n\nTexto.\n\n# Un título de nivel 1\n\nTexto.\n');
    const d = only(check(demoProject({ [ES]: es })), 'heading-level-skip');
    expect(d.map((x) => x.line)).toEqual([lineOf(es, '#### Demasiado'), lineOf(es, '# Un título')]);
    expect(d[0]!.message).toBe(`heading "#### Demasiado hondo" is level 4 after the level-2 heading on line ${lineOf(es, '## Evaluación')}; screen readers navigate by level, so use ### (level 3)`);
    expect(d[1]!.message).toMatch(/level-1 heading "# Un título de nivel 1": the module title comes from front matter/);
    expect(d[0]!.severity).toBe('warning');
  });
  it('is quiet for ### under ## and #### under ###, and for going back up', () => {
    const es = moduleEs('\n### Parte\n\n#### Detalle\n\n## Otra {#other}\n\nTexto.\n');
    expect(only(check(demoProject({ [ES]: es })), 'heading-level-skip')).toEqual([]);
  });
  it('fires for ### before any ## section', () => {
    const es = moduleEs().replace('## Objetivos {#objectives}', '### Objetivos');
    const d = only(check(demoProject({ [ES]: es })), 'heading-level-skip');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/level 3 with no ## section above it/);
  });
});

describe('table-header-missing', () => {
  it('fires when header cells are empty', () => {
    const es = moduleEs('\n|  |  |\n|---|---|\n| a | b |\n\n| Señal |   |\n|:--|--:|\n| Dolor | Sí |\n');
    const d = only(check(demoProject({ [ES]: es })), 'table-header-missing');
    expect(d.map((x) => [x.line, x.message.split(';')[0]])).toEqual([
      [lineOf(es, '|  |  |'), 'table: every header cell is empty'],
      [lineOf(es, '| Señal |'), 'table: header cell of column 2 is empty'],
    ]);
  });
  it('is quiet for named headers, and for tables in code blocks', () => {
    const es = moduleEs('\n| Señal | Qué hacer |\n|---|---|\n| Dolor | Descansar |\n\n```\n| | |\n|---|---|\n```\n');
    expect(only(check(demoProject({ [ES]: es })), 'table-header-missing')).toEqual([]);
  });
});

describe('link-text-vague', () => {
  it('fires for "aquí", "haga clic aquí", "click here", "more" and friends', () => {
    const es = moduleEs('\nVea [aquí](#objectives). [Haga clic aquí](#objectives). [**Más**](#objectives). [este enlace](#objectives).\n');
    const en = moduleEn('\nSee [here](#objectives), [Click here!](#objectives), [more](#objectives), [this link](#objectives).\n');
    const r = check(demoProject({ [ES]: es, [EN]: en }));
    const d = only(r, 'link-text-vague');
    expect(d.filter((x) => x.file === ES)).toHaveLength(4);
    expect(d.filter((x) => x.file === EN)).toHaveLength(4);
    expect(d[0]!.message).toMatch(/^link text "here" does not say where it goes/);
    expect(d.every((x) => x.severity === 'warning')).toBe(true);
  });
  it('is quiet for link texts that name the destination', () => {
    const es = moduleEs('\nVea el [Módulo 3: aquí se explica la ansiedad](#objectives) y [más recursos](#objectives).\n');
    expect(only(check(demoProject({ [ES]: es })), 'link-text-vague')).toEqual([]);
  });
});
