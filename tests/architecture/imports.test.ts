// The shape of src/: data flows one way through the stage folders, nothing
// imports the CLI, and no file imports itself back through others. The layer
// list below is the one docs/contributing.md shows; a new folder must be
// added to it, at the place its imports allow.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Lower layers never import higher ones; folders of one layer do not import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['findings'],
  ['(top)'],
  ['sources', 'cache'],
  ['model'],
  ['check', 'convert', 'assemble'],
  ['typeset', 'report'],
  ['editions', 'slides', 'edit', 'html'],
  ['records'],
  ['packets', 'watch'],
  ['bench'],
  ['cli'],
];

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports of every file (static, dynamic, re-exports, type-only), as src paths. */
function importEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) => {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => ({ from: relative(SRC, file), to: relative(SRC, resolve(dirname(file), name.replace(/\.js$/, '.ts'))) }));
  });
}

const folderOf = (path: string): string => (path.includes(sep) ? path.split(sep)[0]! : '(top)');
const layerOf = (folder: string): number => LAYERS.findIndex((l) => l.includes(folder));

/** Strongly connected components of more than one node (Tarjan): the cycles. */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Packages loaded by static imports from `entry` (type-only imports are erased, dynamic ones wait). */
function startupPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(join(SRC, entry));
  return packages;
}

describe('start-up', () => {
  it('loads none of the heavy engines before a command needs them (every command, check included, pays for what the CLI imports)', () => {
    const loaded = startupPackages(join('cli', 'main.ts'));
    expect(loaded.has('commander')).toBe(true);
    const heavy = ['pdf-lib', '@pdf-lib/fontkit', '@myriaddreamin/typst-ts-node-compiler', 'pandoc-wasm', 'handlebars', 'harfbuzzjs', 'piscina', 'chokidar', 'csv-parse', 'sirv'];
    expect(heavy.filter((p) => loaded.has(p))).toEqual([]);
  });
});

describe('the import graph of src/', () => {
  const edges = importEdges();

  it('reads the imports (the test would pass vacuously otherwise)', () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({ from: join('cli', 'main.ts'), to: join('cli', 'commands', 'check.ts') });
  });

  it('has no cycle between files', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folderEdges = edges.map((e) => ({ from: folderOf(e.from), to: folderOf(e.to) })).filter((e) => e.from !== e.to);
    expect(cycles(folderEdges)).toEqual([]);
  });

  it('places every folder in a layer', () => {
    const folders = [...new Set(sourceFiles(SRC).map((f) => folderOf(relative(SRC, f))))];
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('imports only downwards: nothing imports the CLI, no stage imports a later one', () => {
    const upward = edges
      .filter((e) => folderOf(e.from) !== folderOf(e.to))
      .filter((e) => layerOf(folderOf(e.to)) >= layerOf(folderOf(e.from)))
      .map((e) => `${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('catches a cycle and an upward import when there is one (the checks are live)', () => {
    const fake: Edge[] = [
      { from: 'model/a.ts', to: 'check/b.ts' },
      { from: 'check/b.ts', to: 'model/a.ts' },
    ];
    expect(cycles(fake)).toEqual([['check/b.ts', 'model/a.ts']]);
    expect(layerOf('check')).toBeGreaterThan(layerOf('model'));
  });
});
