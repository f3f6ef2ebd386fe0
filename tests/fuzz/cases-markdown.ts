// Module files: front matter that is broken, and Markdown bodies that are
// hostile (nesting, size, raw HTML, image paths that leave the project).
import { moduleEn, moduleEs } from '../helpers/fixture.js';
import { DIR, EN, ES, input, type FuzzInput } from './types.js';

type Case = Omit<FuzzInput, 'id'>;

const BODY = moduleEs().slice(moduleEs().indexOf('\n---\n') + 5);
const fm = (yaml: string, body = BODY): string => `---\n${yaml}---\n${body}`;
const VALID_FM = 'title: El estrés\nduration: 60\nreviewed: 2026-10-01\n';

const FRONT_MATTER: [string, string, string[]][] = [
  ['unclosed', `---\n${VALID_FM}${BODY}`, ['front-matter']],
  ['closed by ... only', `---\n${VALID_FM}...\n${BODY}`, []],
  ['a list, not a mapping', fm('- title\n- duration\n'), ['front-matter']],
  ['a string, not a mapping', fm('just some text\n'), ['front-matter']],
  ['a number, not a mapping', fm('42\n'), ['front-matter']],
  ['empty (--- then ---)', fm(''), ['front-matter']],
  ['reviewed: 1 de octubre', fm(VALID_FM.replace('2026-10-01', '1 de octubre')), ['front-matter']],
  ['reviewed: 2026-13-45', fm(VALID_FM.replace('2026-10-01', '2026-13-45')), ['front-matter']],
  ['reviewed: 2026-02-30', fm(VALID_FM.replace('2026-10-01', '2026-02-30')), ['front-matter']],
  ['reviewed: 10/01/2026', fm(VALID_FM.replace('2026-10-01', '10/01/2026')), ['front-matter']],
  ['reviewed: a number', fm(VALID_FM.replace('2026-10-01', '20261001')), ['front-matter']],
  ['reviewed: with a time', fm(VALID_FM.replace('2026-10-01', '2026-10-01T10:00:00Z')), ['front-matter']],
  ['reviewed: year 99999', fm(VALID_FM.replace('2026-10-01', '99999-01-01')), ['front-matter']],
  ['no title', fm(VALID_FM.replace('title: El estrés\n', '')), ['front-matter']],
  ['no duration', fm(VALID_FM.replace('duration: 60\n', '')), ['front-matter']],
  ['no reviewed', fm(VALID_FM.replace('reviewed: 2026-10-01\n', '')), ['front-matter']],
  ['title: a list', fm(VALID_FM.replace('title: El estrés', 'title: [El, estrés]')), ['front-matter']],
  ['title: empty string', fm(VALID_FM.replace('title: El estrés', 'title: ""')), ['front-matter']],
  ['title: a mapping', fm(VALID_FM.replace('title: El estrés', 'title: { es: x }')), ['front-matter']],
  ['duration: sixty', fm(VALID_FM.replace('duration: 60', 'duration: sesenta')), ['front-matter']],
  ['duration: -5', fm(VALID_FM.replace('duration: 60', 'duration: -5')), ['front-matter']],
  ['duration: 1e309', fm(VALID_FM.replace('duration: 60', 'duration: 1e309')), ['front-matter']],
  ['duration: .nan', fm(VALID_FM.replace('duration: 60', 'duration: .nan')), ['front-matter']],
  ['duration: 2.5', fm(VALID_FM.replace('duration: 60', 'duration: 2.5')), ['front-matter']],
  ['source_hashes: a string', fm(`${VALID_FM}source_hashes: abc\n`), ['front-matter']],
  ['stamped: not a date', fm(`${VALID_FM}stamped: ayer\n`), ['front-matter']],
  ['authors: a number', fm(`${VALID_FM}authors: 7\n`), ['front-matter']],
  ['YAML syntax error', fm(`${VALID_FM}x: [a, b\n`), ['front-matter']],
  ['unknown tag !!js/function', fm(`${VALID_FM}x: !!js/function "function () {}"\n`), ['front-matter']],
  ['duplicate key', fm(`${VALID_FM}title: Otra vez\n`), ['front-matter']],
  ['alias bomb', fm(`${VALID_FM}a: &a [x,x,x,x,x,x,x,x,x]\n${'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`).join('\n')}\n`), ['front-matter']],
  ['25,000 keys', fm(`${VALID_FM}${Array.from({ length: 25_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`), ['front-matter']],
  ['tab-indented field', fm(`${VALID_FM}authors:\n\t- Ana\n`), ['front-matter']],
  ['no body', fm(VALID_FM, ''), ['file-empty']],
  ['only blank lines after it', fm(VALID_FM, '\n\n   \n'), ['file-empty']],
  ['only --- (one line)', '---\n', ['front-matter', 'file-empty']],
  ['no front matter at all', BODY, ['front-matter']],
  ['a blank line before ---', `\n${fm(VALID_FM)}`, ['front-matter']],
  ['front matter opened with ---- (4 dashes)', `----\n${VALID_FM}----\n${BODY}`, ['front-matter']],
  ['an unclosed code fence swallowing two sections', fm(VALID_FM, BODY.replace('## Actividad', '```\n## Actividad')), ['required-section', 'section-mismatch']],
  ['front matter as the whole 3 MB file', `---\n${VALID_FM}# ${'x'.repeat(3 * 1024 * 1024)}\n---\n${BODY}`, ['input-too-large']],
];

const lists = (n: number): string => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
const ordered = (n: number): string => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}1. x`).join('\n');
const divs = (n: number): string => `${Array.from({ length: n }, (_, i) => `${':'.repeat(3 + (n - i))} d${i}`).join('\n')}\nx\n${Array.from({ length: n }, (_, i) => ':'.repeat(4 + i)).join('\n')}`;
const mixed = (n: number): string => Array.from({ length: n }, (_, i) => `${'> '.repeat(Math.ceil(i / 2))}${'  '.repeat(Math.floor(i / 2))}- x`).join('\n');

/** Bodies appended to a valid es.md: [title, text, must it be an error, rules]. */
const BODIES: [string, string, boolean, string[]][] = [
  ['lists nested 17 deep', lists(17), true, ['too-deep']],
  ['lists nested 40 deep', lists(40), true, ['too-deep']],
  ['lists nested 1,000 deep (over 100,000 characters too)', lists(1000), true, ['too-deep', 'input-too-large']],
  ['ordered lists nested 30 deep', ordered(30), true, ['too-deep']],
  ['block quotes nested 17 deep', `${'>'.repeat(17)} x`, true, ['too-deep']],
  ['block quotes nested 10,000 deep', `${'>'.repeat(10_000)} x`, true, ['too-deep']],
  ['block quotes 10,000 deep, spaced', `${'> '.repeat(10_000)}x`, true, ['too-deep']],
  ['quotes and lists mixed 40 deep', mixed(40), true, ['too-deep']],
  ['brackets nested 33 deep', `${'['.repeat(33)}x${']'.repeat(33)}`, true, ['too-deep']],
  ['brackets nested 10,000 deep', `${'['.repeat(10_000)}x${']'.repeat(10_000)}`, true, ['too-deep']],
  ['10,000 opening brackets', '['.repeat(10_000), true, ['too-deep']],
  ['parentheses 10,000 deep in a link', `[x](${'('.repeat(10_000)}`, false, []],
  ['image brackets 5,000 deep', `${'!['.repeat(5_000)}x${'](a.png)'.repeat(5_000)}`, true, ['too-deep']],
  ['emphasis 20,000 asterisks', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`, false, []],
  ['divs nested 17 deep', divs(17), true, ['too-deep']],
  ['divs ::: 1,000 deep', `${Array.from({ length: 1000 }, (_, i) => `::: d${i}`).join('\n')}\nx\n${':::\n'.repeat(1000)}`, true, ['too-deep']],
  ['a 150,000-character paragraph', 'palabra '.repeat(19_000), true, ['input-too-large']],
  ['a 150,000-character line without spaces', 'x'.repeat(150_000), true, ['input-too-large']],
  ['a 3 MB body', `${'palabra '.repeat(40)}\n\n`.repeat(10_000), true, ['input-too-large']],
  ['a table of 2,001 rows', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(2001)}`, true, ['input-too-large']],
  ['a table of 300 columns', `${'| a '.repeat(300)}|\n${'|---'.repeat(300)}|\n${'| 1 '.repeat(300)}|`, false, []],
  ['5,000 headings en.md lacks', Array.from({ length: 5000 }, (_, i) => `### Parte ${i}\n\nx`).join('\n\n'), true, ['section-mismatch']],
  ['5,000 level-2 sections with ids', Array.from({ length: 5000 }, (_, i) => `## Parte ${i} {#p${i}}\n\nx`).join('\n\n'), true, ['section-mismatch']],
  ['10,000 missing images', Array.from({ length: 10_000 }, (_, i) => `![f${i}](img/f${i}.png)`).join('\n\n'), true, ['image-missing']],
  ['10,000 links to missing anchors', Array.from({ length: 10_000 }, (_, i) => `[ver ${i}](#no-${i})`).join('\n\n'), true, ['link-broken']],
  // Valid, ~100 KB and ~250 KB: each must be checked in seconds, not minutes.
  ['4,000 footnotes', Array.from({ length: 4_000 }, (_, i) => `x[^${i}]\n\n[^${i}]: nota`).join('\n\n'), false, []],
  ['8,000 anchors, each linked', Array.from({ length: 8_000 }, (_, i) => `<a id="a${i}"></a>[ver ${i}](#a${i})`).join('\n\n'), false, []],
  ['raw <script>', '<script>alert(document.cookie)</script>', false, []],
  ['raw <iframe src=file:///etc/passwd>', '<iframe src="file:///etc/passwd"></iframe>', false, []],
  ['raw <img> to the canary', '<img src="{CANARY}/canary.svg" alt="x">', false, []],
  ['raw HTML comment never closed', '<!-- never closed\n\n## Trampa {#trap}\n', false, []],
  ['raw <div> never closed', '<div>\n## Dentro {#inside}\n', false, []],
  ['an image that is missing', '![Falta](img/no-existe.png)', true, ['image-missing']],
  ['an image ../../ still inside, missing', '![Falta](../../img/no-existe.png)', true, ['image-missing']],
  ['an image ../ leaving the project (canary)', '![Fuera]({UP}{CANARY}/canary.svg)', true, ['path-outside-project']],
  ['an image percent-encoded ../ (canary)', '![Fuera](%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e{CANARY}/canary.svg)', true, ['path-outside-project']],
  ['an image %2F-encoded slashes (canary)', '![Fuera](..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..{CANARY}/canary.svg)', true, ['path-outside-project']],
  ['an image with an absolute path (canary)', '![Fuera]({CANARY}/canary.svg)', true, ['path-outside-project', 'image-missing']],
  ['an image file:// URL (canary)', '![Fuera](file://{CANARY}/canary.svg)', true, ['image-missing']],
  ['an image /etc/passwd', '![Fuera](/etc/passwd)', true, ['path-outside-project', 'image-missing']],
  ['an image ../../../../../../../../../../etc/passwd', '![Fuera](../../../../../../../../../../../../etc/passwd)', true, ['path-outside-project']],
  ['an image /dev/zero', '![Cero](../../../../../../../../../../../../dev/zero)', true, ['path-outside-project']],
  ['a reference image defined outside (canary)', '![Fuera][ref]\n\n[ref]: {UP}{CANARY}/canary.svg', true, ['path-outside-project']],
  ['an image with %00 in its path', '![Nulo](img/persona.svg%00.png)', true, ['image-missing']],
  ['an image with a 5,000-character name', `![Largo](img/${'a'.repeat(5000)}.png)`, true, ['image-missing']],
  ['an image that is a folder', '![Carpeta](img/)', true, ['image-missing', 'file-unreadable', 'path-outside-project']],
  ['an image with an empty path', '![Vacío]()', true, ['image-missing']],
  ['an image without alt text', '![](img/persona.svg)', true, ['image-alt-missing']],
  ['an image with alt in single quotes', "![](img/persona.svg){alt='Una persona'}", true, ['image-alt-missing']],
  ['empty links', '[]() [x]() [](#) [ ]( )', false, []],
  ['a link to a missing anchor', '[ver la sección](#no-existe)', true, ['link-broken']],
  ['a link ../ leaving the project (canary)', '[ver]({UP}{CANARY}/es.md)', true, ['path-outside-project']],
  ['setext headings added', 'Nueva sección\n=============\n\nOtra\n----\n\ntexto', true, ['section-mismatch', 'heading-level-skip']],
  ['setext heading under a list', '- item\n---\n\n- - -\n* * *', false, []],
  ['thematic breaks everywhere', '***\n---\n___\n- - -\n* * *\n_ _ _', false, []],
  ['code with Markdown syntax', '```\n## Falso {#fake}\n![x]({UP}{CANARY}/canary.svg)\n:::\n```\n\n    ## indented {#code}\n\n`![y](/etc/passwd)`', false, []],
  ['a level-1 heading and a skip', '# Uno\n\n#### Cuatro', true, ['section-mismatch']],
  ['duplicate section ids', '## Otra {#activity}\n\ntexto', true, ['duplicate-section-id', 'section-mismatch']],
  ['control characters in text', 'texto \u0001\u0007\u001b[31m rojo \u007f \u2028 \u202e al revés', false, []],
  ['Typst and LaTeX syntax as text', '#set page(paper: "a0") #import "/etc/passwd" $x^2$ \\input{/etc/passwd} @ref <label> #read("{CANARY}/canary.svg")', false, []],
];

/** Always built: images that lead outside the project. */
const IN_BUILD = new Set(['an image percent-encoded ../ (canary)']);

export function frontMatterCases(): Case[] {
  const out: Case[] = [];
  for (const [title, text, rules] of FRONT_MATTER) {
    const hostile = rules.length > 0;
    const buildFails = rules.some((r) => ['front-matter', 'file-empty', 'input-too-large'].includes(r));
    out.push(input('front-matter', `es.md: ${title}`, { names: ES, files: { [ES]: text }, hostile, rules: hostile ? rules : undefined, buildFails }));
  }
  // The same breakage in the translation: check names en.md.
  for (const [title, text] of [['unclosed', `---\ntitle: Stress\nduration: 60\nreviewed: 2026-10-01\n${moduleEn().split('---\n')[2]}`], ['no body', '---\ntitle: Stress\nduration: 60\nreviewed: 2026-10-01\n---\n']] as const) {
    out.push(input('front-matter', `en.md: ${title}`, { names: EN, files: { [EN]: text }, rules: ['front-matter', 'file-empty'] }));
  }
  return out;
}

export function markdownCases(): Case[] {
  return BODIES.map(([title, body, hostile, rules]) =>
    input('markdown', `es.md body: ${title}`, {
      // A section es.md has and en.md lacks is reported where it is missing (en.md).
      names: rules.includes('section-mismatch') && !rules.includes('duplicate-section-id') ? DIR : ES,
      files: { [ES]: moduleEs(`\n${body}\n`) },
      hostile,
      rules: rules.length ? rules : undefined,
      canary: body.includes('{CANARY}'),
      buildFails: rules.some((r) => ['too-deep', 'input-too-large', 'image-missing'].includes(r)) || (rules.includes('path-outside-project') && title.includes('image')),
      buildSample: IN_BUILD.has(title),
    }),
  );
}
