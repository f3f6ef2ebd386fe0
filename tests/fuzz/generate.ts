// The seeded generator: every fuzz input, in a stable order with stable ids.
// The fixed cases come from cases-*.ts; the random ones are byte-level
// mutations of a valid module (and of the YAML files), from one seed, so a
// failing `mutation-042` is reproduced by running with the same FUZZ_SEED.
import { MANUAL_YAML, moduleEn, moduleEs } from '../helpers/fixture.js';
import { frontMatterCases, markdownCases } from './cases-markdown.js';
import { fsCases } from './cases-fs.js';
import { GLOSSARY_YAML, yamlCases } from './cases-yaml.js';
import { EN, ES, GLOSSARY, input, MANUAL, rng, type Category, type FuzzInput, type Rng } from './types.js';

export const DEFAULT_SEED = 20261122;

/** The seed of this run: FUZZ_SEED, else the default (CI runs the same inputs every time). */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.FUZZ_SEED);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_SEED;
}

const MD_PUNCT = [...'#*_[]()!:{}|>-'].map((c) => c.charCodeAt(0));
const YAML_PUNCT = [...':-[]{}&*!|>\'"#%@,?'].map((c) => c.charCodeAt(0));
const utf8 = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

/** Positions of `set` bytes in `bytes`, or every position when there are none. */
function positionsOf(bytes: Uint8Array, set: readonly number[]): number[] {
  const at: number[] = [];
  bytes.forEach((b, i) => {
    if (set.includes(b)) at.push(i);
  });
  return at.length ? at : Array.from({ length: bytes.length }, (_, i) => i);
}

/**
 * 1–8 edits at seeded positions: delete a punctuation byte, duplicate one
 * (sometimes many times), insert a run of punctuation, insert a newline, or
 * (rarely) delete any byte, which may cut a UTF-8 character in two.
 */
export function mutate(text: string, r: Rng, punct: readonly number[]): { bytes: Uint8Array; edits: string[] } {
  let bytes = utf8.encode(text);
  const edits: string[] = [];
  const n = r.int(1, 8);
  for (let k = 0; k < n; k++) {
    const kind = r.pick(['delete', 'duplicate', 'insert', 'insert', 'newline', 'any-byte'] as const);
    const where = kind === 'delete' || kind === 'duplicate' ? r.pick(positionsOf(bytes, punct)) : r.int(0, bytes.length);
    let piece: Uint8Array = new Uint8Array();
    let cut = 0;
    if (kind === 'delete' || kind === 'any-byte') cut = 1;
    else if (kind === 'duplicate') piece = new Uint8Array(r.chance(0.1) ? r.int(20, 200) : 1).fill(bytes[where] ?? 0x23);
    else if (kind === 'newline') piece = utf8.encode(r.pick(['\n', '\n\n', '\n   ', '\r']));
    else {
      const c = r.pick(punct);
      piece = r.chance(0.15) ? new Uint8Array(r.int(30, 300)).fill(c) : Uint8Array.from({ length: r.int(1, 4) }, () => r.pick(punct));
    }
    const next = new Uint8Array(bytes.length - cut + piece.length);
    next.set(bytes.subarray(0, where));
    next.set(piece, where);
    next.set(bytes.subarray(where + cut), where + piece.length);
    bytes = next;
    edits.push(`${kind}@${where}${piece.length ? `+${JSON.stringify(new TextDecoder().decode(piece.slice(0, 6)))}${piece.length > 6 ? `×${piece.length}` : ''}` : ''}`);
  }
  return { bytes, edits };
}

const isUtf8 = (b: Uint8Array): boolean => {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
};

/** Seeded mutations: `count` of es.md/en.md, `yamlCount` of manual.yaml/glossary.yaml. */
function mutationCases(seed: number, count: number, yamlCount: number): Omit<FuzzInput, 'id'>[] {
  const r = rng(seed);
  const out: Omit<FuzzInput, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const en = r.chance(0.25);
    const file = en ? EN : ES;
    const { bytes, edits } = mutate(en ? moduleEn() : moduleEs(), r, MD_PUNCT);
    // Not UTF-8 any more (a byte of "é" deleted): that must be an error.
    const broken = !isUtf8(bytes);
    out.push(input('mutation', `${file.split('/').pop()!} ${edits.join(' ')}`, { names: file, files: { [file]: bytes }, hostile: broken, rules: broken ? ['file-unreadable'] : undefined }));
  }
  for (let i = 0; i < yamlCount; i++) {
    const manual = r.chance(0.5);
    const file = manual ? MANUAL : GLOSSARY;
    const { bytes, edits } = mutate(manual ? MANUAL_YAML : GLOSSARY_YAML, r, YAML_PUNCT);
    const broken = !isUtf8(bytes);
    out.push(input('yaml', `${file.split('/').pop()!} mutated: ${edits.join(' ')}`, { names: file, files: { [file]: bytes }, hostile: broken, rules: broken ? ['file-unreadable'] : undefined }));
  }
  return out;
}

/** Every input of one seed, each with an id `<category>-NNN`. */
export function generate(seed: number): FuzzInput[] {
  const all = [...yamlCases(), ...frontMatterCases(), ...markdownCases(), ...fsCases(), ...mutationCases(seed, 100, 24)];
  const seen = new Map<Category, number>();
  return all.map((c) => {
    const n = (seen.get(c.category) ?? 0) + 1;
    seen.set(c.category, n);
    return { ...c, id: `${c.category}-${String(n).padStart(3, '0')}` };
  });
}

/** `count` inputs picked by the seed (Fisher–Yates on a copy), `first` ones always included. */
export function sample(inputs: readonly FuzzInput[], count: number, seed: number, first: readonly FuzzInput[] = []): FuzzInput[] {
  const r = rng(seed);
  const rest = inputs.filter((i) => !first.includes(i));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...first, ...rest].slice(0, Math.max(count, first.length));
}
