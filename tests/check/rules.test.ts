import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampTranslation } from '../../src/edit/stamp.js';
import { check, only, rules } from '../helpers/check.js';
import { demoProject, moduleEn, moduleEs, SVG } from '../helpers/fixture.js';

async function stamped(files: Parameters<typeof demoProject>[0] = {}): Promise<string> {
  const root = demoProject(files);
  await stampTranslation(root, { manualDir: join(root, 'manuals/demo'), moduleId: '01-estres' }, 'en', '2026-11-01');
  return root;
}

const EN = 'manuals/demo/modules/01-estres/en.md';
const ES = 'manuals/demo/modules/01-estres/es.md';

describe('a correct manual', () => {
  it('gives no finding at all', async () => {
    const result = check(await stamped());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toEqual({ manuals: 1, modules: 1, conferences: 0, errors: 0, warnings: 0 });
  });
});

describe('language-file-missing', () => {
  it('fires when a language file is absent', () => {
    const root = demoProject();
    rmSync(join(root, EN));
    const d = only(check(root), 'language-file-missing');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ file: EN, severity: 'error', lang: 'en', module: '01-estres', manual: 'demo' });
  });
});

describe('required-section', () => {
  it('fires for a missing required section, naming the other language line', async () => {
    const es = moduleEs().replace('## Actividad {#activity}', '## Actividad {#actividad}');
    const d = only(check(await stamped({ [ES]: es })), 'required-section');
    expect(d).toHaveLength(1);
    expect(d[0]!.file).toBe(ES);
    expect(d[0]!.message).toMatch(/#activity is missing .*en\.md has it \(line \d+\)/);
  });
});

describe('section-empty', () => {
  it('fires for a heading with nothing under it', async () => {
    const es = moduleEs().replace('El estrés es una reacción del cuerpo.\n\n![Una persona cansada](img/persona.svg)', '');
    const d = only(check(await stamped({ [ES]: es })), 'section-empty');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ file: ES, line: 12 });
  });
});

describe('section-mismatch', () => {
  it('fires when a translation has a section the source lacks', async () => {
    const d = only(check(await stamped({ [EN]: moduleEn('\n## Extra {#extra}\n\nMore.\n') })), 'section-mismatch');
    expect(d.map((x) => x.message)).toEqual([expect.stringMatching(/^en\.md `## Extra` \(line \d+\) has no counterpart in es\.md after `## .*` \(line \d+\)/)]);
  });
  it('fires when the order differs', async () => {
    const en = moduleEn()
      .replace('## What is it? {#what-is-it}', '## TMP')
      .replace('## Objectives {#objectives}', '## What is it? {#what-is-it}')
      .replace('## TMP', '## Objectives {#objectives}');
    const d = only(check(await stamped({ [EN]: en })), 'section-mismatch');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/`## (Objectives|What is it\?)` \(#(objectives|what-is-it)\) is in a different place than in es\.md/);
  });
  it('compares by position when headings have no ids', () => {
    const strip = (s: string): string => s.replace(/ \{#[a-z-]+\}/g, '');
    const root = demoProject({ [ES]: strip(moduleEs()), [EN]: strip(moduleEn('\n## Extra\n\nMore.\n')) });
    const r = check(root);
    expect(only(r, 'section-mismatch').map((x) => x.message)).toEqual([expect.stringMatching(/^en\.md `## Extra` \(line \d+\) has no counterpart in es\.md/)]);
    expect(only(r, 'section-id-missing')).toHaveLength(2);
    expect(only(r, 'required-section')).toHaveLength(0);
  });
});

describe('section-id-missing', () => {
  it('fires once per file and names the ids command', () => {
    const root = demoProject({ [ES]: moduleEs().replace(' {#what-is-it}', '') });
    const d = only(check(root), 'section-id-missing');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', line: 12 });
    expect(d[0]!.message).toContain('promokit ids manuals/demo/modules/01-estres');
  });
});

describe('item-count-mismatch', () => {
  it('fires when objectives differ in number', async () => {
    const en = moduleEn().replace('2. Name two signs.', '2. Name two signs.\n3. One more.');
    const d = only(check(await stamped({ [EN]: en })), 'item-count-mismatch');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toBe('#objectives has 3 items here but 2 in es.md (line 7)');
  });
  it('does not count answers inside the facilitator div', async () => {
    const en = moduleEn().replace('1. A reaction.', '1. A reaction.\n2. Sweating.\n3. Headache.');
    expect(only(check(await stamped({ [EN]: en })), 'item-count-mismatch')).toEqual([]);
  });
});

describe('duplicate-section-id', () => {
  it('fires for a repeated id', async () => {
    const es = moduleEs('\n### Otra {#objectives}\n\nTexto.\n');
    const d = only(check(await stamped({ [ES]: es })), 'duplicate-section-id');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/already used on line 7/);
  });
});

describe('image-missing and image-alt-missing', () => {
  it('fire for a missing file and an empty alt', async () => {
    const es = moduleEs('\n![](img/persona.svg)\n\n![Un mapa](img/mapa.png)\n');
    const r = check(await stamped({ [ES]: es }));
    expect(only(r, 'image-missing').map((d) => d.message)).toEqual([expect.stringContaining('img/mapa.png not found')]);
    expect(only(r, 'image-alt-missing')).toHaveLength(1);
  });
});

describe('link-broken', () => {
  it('fires for a missing file and a missing anchor, and accepts good ones', async () => {
    const es = moduleEs(
      '\n[bien](#activity) [bien](en.md#objectives) [mal](#nada) [mal](../02-otro/es.md) [mal](en.md#nada) [web](https://example.org)\n',
    );
    const d = only(check(await stamped({ [ES]: es })), 'link-broken');
    expect(d.map((x) => x.message)).toEqual([
      expect.stringContaining('#nada: no heading or anchor with id #nada in this file'),
      expect.stringContaining('../02-otro/es.md'),
      expect.stringContaining(`en.md#nada: no heading or anchor with id #nada in ${EN}`),
    ]);
  });
});

describe('front-matter', () => {
  it('names the missing field and the bad date with their lines', async () => {
    const es = moduleEs().replace('duration: 60\n', '').replace('2026-10-01', '1 de octubre');
    const d = only(check(demoProject({ [ES]: es })), 'front-matter');
    expect(d.map((x) => [x.line, x.message])).toEqual([
      [2, 'field "duration" is missing'],
      [3, 'field "reviewed": a date written YYYY-MM-DD'],
    ]);
  });
  it('reports a file without front matter', () => {
    const root = demoProject({ [ES]: '## Objetivos {#objectives}\n\n1. Uno.\n' });
    expect(only(check(root), 'front-matter')[0]!.message).toMatch(/no front matter/);
  });
});

describe('review-overdue', () => {
  it('warns when reviewed is older than the interval', async () => {
    const es = moduleEs().replace('2026-10-01', '2023-01-15');
    const d = only(check(await stamped({ [ES]: es })), 'review-overdue');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', line: 4, file: ES });
    expect(d[0]!.message).toContain('due by 2025-01-15');
  });
});

describe('glossary-incomplete', () => {
  it('fires for a term in one language only', async () => {
    const g = 'terms:\n  - id: stress\n    es: { term: estrés, definition: Reacción. }\n    en: { term: stress, definition: Reaction. }\n  - id: grief\n    es: { term: duelo, definition: Tristeza. }\n';
    const d = only(check(await stamped({ 'manuals/demo/glossary.yaml': g })), 'glossary-incomplete');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ file: 'manuals/demo/glossary.yaml', line: 5, message: 'term "grief" is defined in es but not in en' });
  });
});

describe('translation-stale', () => {
  it('warns that a translation was never stamped', () => {
    const d = only(check(demoProject()), 'translation-stale');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/never stamped/);
  });
  it('names exactly the section whose source changed, and only it', async () => {
    const root = await stamped();
    const es = join(root, ES);
    writeFileSync(es, readFileSync(es, 'utf8').replace('una reacción del cuerpo', 'una reacción normal del cuerpo'));
    const d = only(check(root), 'translation-stale');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/^section #what-is-it changed in es\.md \(line 12\) since this file was stamped on 2026-11-01/);
    expect(d[0]!.file).toBe(EN);
  });
  it('ignores trailing spaces and line ends', async () => {
    const root = await stamped();
    const es = join(root, ES);
    writeFileSync(es, readFileSync(es, 'utf8').replace(/\n/g, '  \r\n'));
    expect(only(check(root), 'translation-stale')).toEqual([]);
  });
  it('reports a new and a removed section', async () => {
    const root = await stamped();
    const es = join(root, ES);
    writeFileSync(es, readFileSync(es, 'utf8').replace('{#what-is-it}', '{#what-it-is}'));
    const msgs = only(check(root), 'translation-stale').map((d) => d.message);
    expect(msgs).toEqual(
      expect.arrayContaining([expect.stringMatching(/#what-it-is is new in es\.md/), expect.stringMatching(/#what-is-it was removed from es\.md/)]),
    );
  });
});

describe('--strict', () => {
  it('turns warnings into errors', () => {
    const r = check(demoProject(), [], true);
    expect(r.ok).toBe(false);
    expect(only(r, 'translation-stale')[0]!.severity).toBe('error');
  });
});

describe('image in slides', () => {
  it('is checked too', async () => {
    const root = await stamped({ 'manuals/demo/modules/01-estres/slides.es.md': '---\ntitle: X\n---\n\n## Uno\n\n![](img/no.svg)\n' });
    expect(rules(check(root)).sort()).toEqual(['image-alt-missing', 'image-missing']);
  });
  it('accepts an SVG beside it', async () => {
    const root = await stamped({
      'manuals/demo/modules/01-estres/slides.es.md': '---\ntitle: X\n---\n\n## Uno\n\n![Una persona](img/persona.svg)\n',
      'manuals/demo/modules/01-estres/img/persona.svg': SVG,
    });
    expect(check(root).diagnostics).toEqual([]);
  });
});
