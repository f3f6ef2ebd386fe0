// YAML inputs: manual.yaml and glossary.yaml broken in syntax, types, size,
// encoding; alias bombs, unknown tags, duplicate keys.
import { MANUAL_YAML } from '../helpers/fixture.js';
import { GLOSSARY, input, MANUAL, type FuzzInput } from './types.js';

export const GLOSSARY_YAML = 'terms:\n  - id: stress\n    es: { term: estrés, definition: Reacción del cuerpo. }\n    en: { term: stress, definition: A reaction of the body. }\n';

type Case = Omit<FuzzInput, 'id'>;
const enc = new TextEncoder();
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
const utf16 = (s: string): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const SYNTAX = [
  'x: [es, en',
  'x: { es: a',
  'x: "never closed',
  "x: 'never closed",
  'x:\n  a: 1\n   b: 2',
  '- a list item after a map',
  'x: a: b',
  '\tx: 1',
  '%YAML 9.9\n---\nx: 1',
  'x: *undefined_anchor',
  '---\nx: 2\n---\ny: 3',
  'x: @reserved',
  'x: `backtick',
  'x: "\\xZZ bad escape"',
  '{{{{{{{{',
  ']]]]',
  'x: |\n  text\n bad',
  '? [a, b\n: c',
];

const TAGS = ['!!js/function "function () { return process.env }"', '!!js/regexp /x/g', '!!js/undefined ""', '!!python/object/apply:os.system ["id"]', '!custom thing', '!!binary aGVsbG8='];

function bomb(levels: number, width: number): string {
  const lines = [`b0: &b0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`b${i}: &b${i} [${Array(width).fill(`*b${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

const WRONG_MANUAL: [string, string][] = [
  ['id: demo', 'id: 42'],
  ['id: demo', 'id: [demo]'],
  ['id: demo', 'id: ../../etc'],
  ['id: demo', 'id: Demo Manual'],
  ['id: demo', 'id: other'],
  ['id: demo', 'id: ""'],
  ['title:\n  es: Manual de prueba\n  en: Test manual', 'title: Manual'],
  ['title:\n  es: Manual de prueba\n  en: Test manual', 'title: { es: 1, en: 2 }'],
  ['title:\n  es: Manual de prueba\n  en: Test manual', 'title: { es: "", en: x }'],
  ['title:\n  es: Manual de prueba\n  en: Test manual', 'title: { es: Solo }'],
  ['title:\n  es: Manual de prueba\n  en: Test manual', 'title: null'],
  ['languages: [es, en]', 'languages: es'],
  ['languages: [es, en]', 'languages: []'],
  ['languages: [es, en]', 'languages: [ES, EN]'],
  ['languages: [es, en]', 'languages: [es, en, qq]'],
  ['languages: [es, en]', 'languages: [{ es: 1 }, en]'],
  ['languages: [es, en]', 'languages: [es, en, es]'],
  ['languages: [es, en]', 'languages: [es, es]'],
  ['edition: "1"', 'edition: [1]'],
  ['edition: "1"', 'edition: null'],
  ['license: CC BY-SA 4.0', 'license: ""'],
  ['review_interval_months: 24', 'review_interval_months: -3'],
  ['review_interval_months: 24', 'review_interval_months: 1.5'],
  ['review_interval_months: 24', 'review_interval_months: "24"'],
  ['required_sections: [objectives, activity, assessment]', 'required_sections: objectives'],
  ['required_sections: [objectives, activity, assessment]', 'required_sections: [Objectives!]'],
  ['license: CC BY-SA 4.0', 'license: CC BY-SA 4.0\ncolors: { primary: red }'],
  ['license: CC BY-SA 4.0', 'license: CC BY-SA 4.0\nreadability: { es: { fernandez_huerta_min: high } }'],
  ['license: CC BY-SA 4.0', 'license: CC BY-SA 4.0\npartners: [{ name: X, logo: 7 }]'],
  ['license: CC BY-SA 4.0', 'license: CC BY-SA 4.0\nx_unknown_field: 1'],
  ['organization: Red de Prueba\n', ''],
  ['license: CC BY-SA 4.0\n', ''],
  ['id: demo\n', ''],
];

const WRONG_GLOSSARY = [
  'terms: {}',
  'terms: foo',
  'terms: [x, y]',
  'terms:\n  - es: { term: a, definition: b }\n    en: { term: a, definition: b }',
  'terms:\n  - id: s\n    es: texto\n    en: text',
  'terms:\n  - id: s\n    es: { term: a }\n    en: { term: a, definition: b }',
  'terms:\n  - id: s\n    es: { term: a, definition: b, extra: c }\n    en: { term: a, definition: b }',
  'terms:\n  - id: s\n    es: { term: a, definition: b }',
  `${GLOSSARY_YAML}  - id: stress\n    es: { term: b, definition: c }\n    en: { term: b, definition: c }\n`,
  '- id: s\n  es: { term: a, definition: b }',
  'terms: null',
  `${GLOSSARY_YAML}other: 1\n`,
];

export function yamlCases(): Case[] {
  const out: Case[] = [];
  const both: [string, string, string][] = [[MANUAL, MANUAL_YAML, 'manual.yaml'], [GLOSSARY, GLOSSARY_YAML, 'glossary.yaml']];
  const m = (file: string, name: string, title: string, content: string | Uint8Array, rest: Partial<Case> = {}): Case =>
    input('yaml', `${name}: ${title}`, { names: file, files: { [file]: content }, buildFails: true, ...rest });
  for (const [file, valid, name] of both) {
    // One always built: a glossary that cannot be read must not give a PDF without its glossary.
    SYNTAX.forEach((s, i) => out.push(m(file, name, `syntax error ${i + 1} (${JSON.stringify(s.slice(0, 20))})`, `${valid}${s}\n`, { rules: ['yaml-syntax', 'config-invalid'], buildSample: i === 0 && file === GLOSSARY })));
    // !!binary is a YAML 1.1 type the parser knows: the field is then unknown (config-invalid).
    for (const tag of TAGS) out.push(m(file, name, `unknown tag ${tag.split(' ')[0]}`, `${valid}x: ${tag}\n`, { rules: tag.startsWith('!!binary') ? ['yaml-syntax', 'config-invalid'] : ['yaml-syntax'] }));
    out.push(m(file, name, 'alias bomb 9×9 levels', `${bomb(9, 9)}\n${valid}`, { rules: ['yaml-syntax'] }));
    out.push(m(file, name, 'alias bomb 30 levels × 2', `${bomb(30, 2)}\n${valid}`, { rules: ['yaml-syntax'] }));
    out.push(m(file, name, 'merge-key alias chain', `${valid}a: &a { k: 1 }\n${Array.from({ length: 150 }, (_, i) => `m${i}: { <<: *a }`).join('\n')}\n`, { rules: ['yaml-syntax'] }));
    out.push(m(file, name, 'self-referencing anchor', `${valid}a: &a [ *a ]\n`, { rules: ['yaml-syntax', 'config-invalid'] }));
    out.push(m(file, name, 'duplicate top-level key', `${valid}${valid.split('\n')[0]}\n`, { rules: ['yaml-syntax'] }));
    out.push(m(file, name, '10,000 extra keys', `${valid}${Array.from({ length: 10_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`, { rules: ['config-invalid'] }));
    out.push(m(file, name, '25,000 keys (past the limit)', `${valid}${Array.from({ length: 25_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`, { rules: ['yaml-syntax'] }));
    out.push(m(file, name, 'a 3 MB file', `${valid}# ${'x'.repeat(3 * 1024 * 1024)}\n`, { rules: ['input-too-large'] }));
    out.push(m(file, name, 'empty file (0 bytes)', '', { rules: ['file-empty'] }));
    out.push(m(file, name, 'blank lines only', '\n\n   \n\t\n', { rules: ['file-empty'] }));
    out.push(m(file, name, 'binary bytes (NUL)', concat(enc.encode(valid), Uint8Array.from([0, 1, 2, 0xff, 0, 0x89, 0x50, 0x4e, 0x47])), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'a PNG saved under the name', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'Latin-1 bytes', latin1(`${valid}# Capacitación para promotoras — ñandú\n`), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'UTF-16 with BOM', utf16(valid), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'overlong UTF-8 (C0 AF)', concat(enc.encode(valid), Uint8Array.from([0x23, 0x20, 0xc0, 0xaf, 0x0a])), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'UTF-8 surrogate (ED A0 80)', concat(enc.encode(`${valid}# `), Uint8Array.from([0xed, 0xa0, 0x80, 0x0a])), { rules: ['file-unreadable'] }));
    out.push(m(file, name, 'BOM, then valid YAML', concat(Uint8Array.from([0xef, 0xbb, 0xbf]), enc.encode(valid)), { hostile: false, buildFails: false }));
    out.push(m(file, name, 'BOM, then a syntax error', concat(Uint8Array.from([0xef, 0xbb, 0xbf]), enc.encode(`${valid}x: [\n`)), { rules: ['yaml-syntax'] }));
    out.push(m(file, name, 'CR-only line ends', valid.replace(/\n/g, '\r'), { hostile: false, buildFails: false }));
    out.push(m(file, name, 'top level is a list', '- a\n- b\n', { rules: ['config-invalid'] }));
    out.push(m(file, name, 'top level is a string', 'just a string\n', { rules: ['config-invalid'] }));
    out.push(m(file, name, 'top level is null', '~\n', { rules: ['config-invalid'] }));
    out.push(m(file, name, 'comments only', '# nothing but a comment\n', { rules: ['config-invalid'] }));
  }
  for (const [from, to] of WRONG_MANUAL) {
    // These leave a manual that can be built: the finding is check's alone.
    const buildFails = !['id: other', 'languages: [es, en, qq]', 'title: { es: Solo }'].includes(to);
    out.push(m(MANUAL, 'manual.yaml', `wrong field: ${JSON.stringify(to.slice(0, 40) || `no ${from.split(':')[0]}`)}`, MANUAL_YAML.replace(from, to), { rules: ['config-invalid', 'language-unknown'], buildFails }));
  }
  out.push(m(MANUAL, 'manual.yaml', 'duplicate nested key title.es', MANUAL_YAML.replace('  en: Test manual', '  es: Otra vez\n  en: Test manual'), { rules: ['yaml-syntax'] }));
  out.push(m(MANUAL, 'manual.yaml', '10,000 languages', MANUAL_YAML.replace('[es, en]', `[es, en, ${Array.from({ length: 10_000 }, (_, i) => `l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}`).join(', ')}]`), { rules: ['config-invalid'] }));
  out.push(m(MANUAL, 'manual.yaml', '21 languages', MANUAL_YAML.replace('[es, en]', '[es, en, pt, fr, de, it, nl, sv, da, fi, pl, cs, sk, hu, ro, bg, el, tr, ru, uk, ja]'), { rules: ['config-invalid'] }));
  out.push(m(MANUAL, 'manual.yaml', 'a partner logo outside the project (../ path)', `${MANUAL_YAML}partners:\n  - name: Fuera\n    logo: {UP}{CANARY}/canary.svg\n`, { canary: true, rules: ['path-outside-project'], buildSample: true }));
  out.push(m(MANUAL, 'manual.yaml', 'a partner logo that is missing', `${MANUAL_YAML}partners:\n  - name: Nadie\n    logo: img/nada.svg\n`, { hostile: false }));
  out.push(m(MANUAL, 'manual.yaml', 'only [es], en.md present', MANUAL_YAML.replace('[es, en]', '[es]'), { hostile: false, buildFails: false }));
  WRONG_GLOSSARY.forEach((g, i) => {
    // A term without en, or an id twice, still reads: only check finds it.
    const readable = i === 7 || i === 8;
    out.push(m(GLOSSARY, 'glossary.yaml', `wrong shape ${i + 1} (${JSON.stringify(g.slice(0, 30))})`, `${g}\n`, { rules: readable ? ['glossary-incomplete'] : ['config-invalid'], buildFails: !readable }));
  });
  out.push(m(GLOSSARY, 'glossary.yaml', 'duplicate key in a term', 'terms:\n  - id: s\n    es: { term: a, definition: b }\n    es: { term: c, definition: d }\n    en: { term: a, definition: b }\n', { rules: ['yaml-syntax'] }));
  out.push(m(GLOSSARY, 'glossary.yaml', '2,000 terms, the last without en', `terms:\n${Array.from({ length: 2_000 }, (_, i) => `  - id: t${i}\n    es: { term: t${i}, definition: d }\n${i < 1_999 ? `    en: { term: t${i}, definition: d }\n` : ''}`).join('')}`, { rules: ['glossary-incomplete'], buildFails: false }));
  return out;
}
