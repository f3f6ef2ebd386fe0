// The embedded pandoc (pandoc-wasm): started once per thread, on first use, so
// a build whose conversions are all cached never starts the WASM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageJsonVersion } from '../cache/package-version.js';
import { FILTER_NAME, moduleFilter, pandocOptions, PandocError, READER, type Pandoc, type ToTypstOptions } from './pandoc.js';
import { compiledPandoc, PandocCrash, pandocWasmRoot, startPandoc, type PandocInstance } from './pandoc-wasm-core.js';

let given: WebAssembly.Module | undefined;
/** A worker thread hands over the module its parent compiled, so it is not compiled twice. */
export function usePandocModule(module: WebAssembly.Module): void {
  given = module;
}

let loading: Promise<PandocInstance> | undefined;
/** This thread's pandoc instance: started by the first conversion (about half a second), then shared. */
function load(): Promise<PandocInstance> {
  loading ??= (given ? Promise.resolve(given) : compiledPandoc()).then(startPandoc);
  return loading;
}

/**
 * `pandoc-wasm 1.1.0 (pandoc 3.10)`: the package's version and the pandoc
 * version it says it ships (its pandoc-version.txt), read from the installed
 * package in `root`, so a new pandoc re-converts. Read from files rather than
 * asked of pandoc: a build whose conversions are all cached must not start
 * the 58 MB binary. Undefined when either cannot be read.
 */
export function wasmVersion(root?: string): string | undefined {
  let pkg: string | undefined;
  let pandoc: string | undefined;
  try {
    const dir = root ?? pandocWasmRoot();
    pkg = packageJsonVersion(join(dir, 'package.json'));
    pandoc = readFileSync(join(dir, 'pandoc-version.txt'), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (pkg === undefined || !/^\d+(?:\.\d+)*$/.test(pandoc)) return undefined;
  return `pandoc-wasm ${pkg} (pandoc ${pandoc})`;
}

/** One run; after a crash the next conversion starts a fresh instance. */
function convertOnce(pandoc: PandocInstance, ...args: Parameters<PandocInstance['convert']>): ReturnType<PandocInstance['convert']> {
  try {
    return pandoc.convert(...args);
  } catch (err) {
    if (err instanceof PandocCrash) loading = undefined;
    throw err;
  }
}

class WasmPandoc implements Pandoc {
  readonly version = wasmVersion();
  readonly name = this.version ?? 'pandoc-wasm (version unreadable)';

  // A conversion runs synchronously inside the instance, so two never overlap
  // on its one file system; they run in the order they were asked for.
  async toTypst(markdown: string, opts: ToTypstOptions): Promise<string> {
    const result = convertOnce(await load(), pandocOptions(opts, FILTER_NAME), markdown, { [FILTER_NAME]: moduleFilter() });
    if (result.stdout === '' || /^(ERROR|Error)\b/m.test(result.stderr)) {
      throw new PandocError(result.stderr.trim() || 'pandoc produced no output');
    }
    return result.stdout;
  }
}

let instance: WasmPandoc | undefined;
/** The process-wide embedded pandoc. */
export function wasmPandoc(): Pandoc {
  instance ??= new WasmPandoc();
  return instance;
}

/**
 * Starts this thread's pandoc and runs one small conversion through the same
 * reader, filter and writer: the first conversion of an instance costs about
 * half a second more than the next ones. For `watch`, so the first save is as
 * quick as the others. A failure here is left for the real conversion to report.
 */
export async function warmUpPandoc(): Promise<void> {
  await wasmPandoc()
    .toTypst('## Hola {#hola}\n\n::: note\nUna *nota*.\n:::\n', { module: 'warm-up', lang: 'es', base: '/warm-up' })
    .catch(() => undefined);
}

/**
 * Slides Markdown → PowerPoint (.pptx) bytes with the embedded pandoc: `##`
 * starts a slide, `::: notes` become speaker notes. `files` is pandoc-wasm's
 * flat file map (names without `/`), holding the images the Markdown uses.
 */
export async function wasmPptx(markdown: string, files: Record<string, Uint8Array>, metadata: Record<string, string>): Promise<Uint8Array> {
  const result = convertOnce(await load(), { from: READER, to: 'pptx', 'output-file': 'deck.pptx', standalone: true, 'slide-level': 2, metadata }, markdown, files);
  if (!result.output) throw new PandocError(result.stderr.trim() || 'pandoc produced no PowerPoint file');
  return result.output;
}
