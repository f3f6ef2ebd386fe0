import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { LAYOUT_LIST, LAYOUTS, layoutHelp, layoutNamed } from '../../src/editions/layouts/index.js';
import { planOutputs, plannedOutputCount } from '../../src/editions/plan.js';
import { UsageError } from '../../src/errors.js';
import { demoManual, load, writeProject } from './fixture.js';

describe('layouts', () => {
  it('are one list: names, help and lookup come from it', () => {
    expect(LAYOUTS).toEqual(['parallel', 'sequential', 'flip', 'single']);
    expect(new Set(LAYOUT_LIST.map((l) => l.id)).size).toBe(LAYOUT_LIST.length);
    for (const l of LAYOUT_LIST) {
      expect(layoutNamed(l.id)).toBe(l);
      expect(l.help.length).toBeGreaterThan(5);
      expect(layoutHelp()).toContain(`${l.id}: ${l.help}`);
    }
    expect(layoutNamed('booklet')).toBeUndefined();
  });

  it('plan each language, then what the layout adds (one output per pair of languages, or none)', () => {
    const root = writeProject(demoManual('demo', 1));
    const project = load(root);
    const manual = project.manuals[0]!;
    const names = (layout: string): string[] => planOutputs(manual, ['es', 'en', 'fr'], layoutNamed(layout)!).map((p) => `${p.name} ${p.layout.id}`);
    expect(names('flip')).toEqual(['demo.es.pdf single', 'demo.en.pdf single', 'demo.fr.pdf single', 'demo.es-en.pdf flip', 'demo.es-fr.pdf flip', 'demo.en-fr.pdf flip']);
    expect(names('single')).toEqual(['demo.es.pdf single', 'demo.en.pdf single', 'demo.fr.pdf single']);
    // The manual's own languages (es, en), those asked for.
    expect(plannedOutputCount(project, [], undefined, 'parallel')).toBe(3);
    expect(plannedOutputCount(project, [], undefined, 'single')).toBe(2);
    expect(plannedOutputCount(project, [], ['es', 'fr'], 'sequential')).toBe(1);
    expect(plannedOutputCount(project, [], undefined, 'zigzag')).toBe(0);
    expect(plannedOutputCount(project, ['other'], undefined, 'parallel')).toBe(0);
  });

  it('an unknown layout is a usage error, before anything is built', async () => {
    const root = writeProject(demoManual('demo', 1));
    const build = buildManuals(load(root), { out: join(root, 'out'), layout: 'zigzag' as 'parallel' });
    await expect(build).rejects.toThrow(UsageError);
    await expect(build).rejects.toThrow('--layout must be one of parallel, sequential, flip, single, not "zigzag"');
  });
});
