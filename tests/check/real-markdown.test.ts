// Markdown as other people write it, through `promokit check` as CI runs it:
// each module below is one reproducer of a false alarm or a miss of the old
// line scanners, and the test asserts the exact findings (file, line, rule).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { MANUAL_YAML, SVG, writeProject } from '../helpers/fixture.js';

const FM = (title: string): string => `---\ntitle: ${title}\nduration: 30\nreviewed: 2026-10-01\n---\n`;
const M = 'manuals/demo/modules';

/** es and en of one module, each a front matter and a body. */
function mod(n: string, es: string, en: string, extra: Record<string, string> = {}): Record<string, string> {
  return { [`${M}/${n}/es.md`]: FM('Uno') + es, [`${M}/${n}/en.md`]: FM('One') + en, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`${M}/${n}/${k}`, v])) };
}

const OBJ_ES = '## Objetivos {#objectives}\n\n1. Uno.\n2. Dos.\n\n## Actividad {#activity}\n\nHablar.\n\n## Evaluación {#assessment}\n\n1. ¿Qué?\n';
const OBJ_EN = '## Objectives {#objectives}\n\n1. One.\n2. Two.\n\n## Activity {#activity}\n\nTalk.\n\n## Assessment {#assessment}\n\n1. What?\n';

const files = {
  'manuals/demo/manual.yaml': MANUAL_YAML,
  // 01: a setext section missing in en is found and named (es.md line 22; it belongs after en.md line 18).
  ...mod('01-setext', `Inicio\n======\n\n${OBJ_ES}\nResumen\n-------\n\nTexto final.\n`, `Start\n=====\n\n${OBJ_EN}`),
  // 02: headings inside an HTML comment, a <div> block and a fence holding a ```text line are not sections
  // (the <div> block itself is raw HTML, refused without allow_raw: line 23).
  ...mod(
    '02-hidden',
    `${OBJ_ES}\n<!--\n## Borrador\n-->\n\n<div>\n## En HTML\n</div>\n\n\`\`\`\`markdown\n\`\`\`text\n## En código\n\`\`\`\n\`\`\`\`\n`,
    OBJ_EN,
  ),
  // 03: image syntax in a code span and in indented code is not an image.
  ...mod('03-code', `${OBJ_ES}\nEscriba \`![x](nada.png)\` así.\n\n    ![y](tampoco.png)\n`, `${OBJ_EN}\nWrite \`![x](nada.png)\` so.\n\n    ![y](tampoco.png)\n`),
  // 04: #anchors to <a id>, [text]{#id} spans and setext headings with ids are found.
  ...mod(
    '04-anchors',
    `${OBJ_ES}\n<a id="ancla"></a>Ver [arriba](#ancla), [la nota](#nota) y [el final](#fin).\n\n[Una nota]{#nota}\n\nFinal {#fin}\n-----\n\nFin.\n`,
    `${OBJ_EN}\n<a id="ancla"></a>See [above](#ancla), [the note](#nota) and [the end](#fin).\n\n[A note]{#nota}\n\nEnd {#fin}\n---\n\nEnd.\n`,
  ),
  // 05: alt text as a double-quoted attribute counts; a single-quoted one is printed as text (line 21).
  ...mod('05-alt', `${OBJ_ES}\n![](img/a.svg){alt="Un dibujo"}\n\n![](img/a.svg){alt='Otro'}\n`, `${OBJ_EN}\n![](img/a.svg){alt="A drawing"}\n\n![](img/a.svg){alt="Another"}\n`, { 'img/a.svg': SVG }),
  // 06: every #### of es missing in en is found (es lines 23 and 27; they belong after en.md line 19).
  ...mod('06-level4', `${OBJ_ES}\n### Parte\n\nTexto.\n\n#### Detalle uno\n\nTexto.\n\n#### Detalle dos\n\nTexto.\n`, `${OBJ_EN}\n### Part\n\nText.\n`),
  // 07: a list indented by one space has its items (en has 3 objectives: heading on line 6).
  ...mod('07-indent', OBJ_ES.replace('1. Uno.\n2. Dos.', ' 1. Uno.\n 2. Dos.'), OBJ_EN.replace('2. Two.', '2. Two.\n3. Three.')),
  // 08: link text over two lines and a reference link to a missing file are checked (es lines 19 and 22).
  ...mod('08-links', `${OBJ_ES}\nVea [el otro\nmódulo](../99-nada/es.md).\n\nY [este][ref].\n\n[ref]: falta.md\n`, `${OBJ_EN}\nSee [the other\nmodule](../01-setext/en.md).\n`),
  // 09: a figure missing from one section of en (es line 6 has 1 image; en line 6 has none).
  ...mod('09-figure', `## Objetivos {#objectives}\n\n1. Uno.\n\n![Un mapa](img/a.svg)\n\n## Actividad {#activity}\n\nHablar.\n\n## Evaluación {#assessment}\n\n1. ¿Qué?\n`, `## Objectives {#objectives}\n\n1. One.\n\n## Activity {#activity}\n\nTalk.\n\n## Assessment {#assessment}\n\n1. What?\n`, { 'img/a.svg': SVG }),
  // 10: `- - -` is a rule for CommonMark but nested lists for the build: a warning (es line 21); `***` is fine.
  ...mod('10-breaks', `${OBJ_ES}\nAntes.\n\n- - -\n\nDespués.\n\n***\n`, `${OBJ_EN}\nBefore.\n\n***\n\nAfter.\n\n***\n`),
};

interface Diag {
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

describe('check reads Markdown as the build does', () => {
  it('reports exactly the planted differences, at their lines', { timeout: 60_000 }, async () => {
    const root = writeProject(files);
    const r = await runCli(['check', '--format', 'json'], root);
    expect(r.code, r.stderr).toBe(1);
    const diags = (JSON.parse(r.stdout) as { diagnostics: Diag[] }).diagnostics;
    const errors = diags.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(errors.sort()).toEqual(
      [
        `${M}/01-setext/en.md:18 section-mismatch`,
        `${M}/02-hidden/es.md:23 raw-not-allowed`,
        `${M}/05-alt/es.md:21 image-alt-missing`,
        `${M}/06-level4/en.md:19 section-mismatch`,
        `${M}/06-level4/en.md:19 section-mismatch`,
        `${M}/07-indent/en.md:6 item-count-mismatch`,
        `${M}/08-links/es.md:19 link-broken`,
        `${M}/08-links/es.md:22 link-broken`,
        `${M}/09-figure/en.md:6 figure-mismatch`,
      ].sort(),
    );
    const msg = (rule: string, file: string): string => diags.find((d) => d.rule === rule && d.file.endsWith(file))!.message;
    expect(msg('section-mismatch', '01-setext/en.md')).toBe('es.md `## Resumen` (line 22) has no counterpart in en.md; it belongs after `## Assessment` (line 18)');
    expect(msg('image-alt-missing', '05-alt/es.md')).toMatch(/is printed as text.*\{alt="Otro"\}/);
    expect(msg('figure-mismatch', '09-figure/en.md')).toMatch(/`## Objectives` has 0 images here but `## Objetivos` \(line 6\) has 1 image in es\.md/);
    // Warnings: stamps and ids (not planted) aside, the setext `===` titles (level 1) and the spaced break.
    const warned = diags.filter((d) => d.severity === 'warning' && !['section-id-missing', 'translation-stale'].includes(d.rule));
    expect(warned.map((d) => `${d.file}:${d.line} ${d.rule}`).sort()).toEqual([`${M}/01-setext/en.md:6 heading-level-skip`, `${M}/01-setext/es.md:6 heading-level-skip`, `${M}/10-breaks/es.md:21 break-read-as-list`]);
  });
});
