// Starts the pandoc.wasm binary that the pandoc-wasm package ships, with our
// own GHC runtime options and from a compiled module that threads share.
//
// Why not the package's entry point: it compiles the 58 MB binary again in
// every thread, and it fixes the Haskell heap at -H64m, whose 64 MB nursery
// makes two instances fight over the memory bus. Measured here (80 module
// conversions): two threads were 1.2× faster than one with -H64m, 1.6× faster
// with -A16m, and one thread is no slower with -A16m.
// What follows is the convert() of pandoc-wasm's src/core.js (MIT), trimmed to
// what promokit uses: options, stdin, flat input files, one output file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { engineLoaded } from '../engines.js';
import { dirname, join } from 'node:path';
import { ConsoleStdout, File, OpenFile, PreopenDirectory, WASI, type Inode } from '@bjorn3/browser_wasi_shim';

/** GHC runtime options: a 16 MB allocation area (see above). */
export const RTS_OPTIONS: readonly string[] = ['-A16m'];

/** The folder of the installed pandoc-wasm package. */
export function pandocWasmRoot(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry (src/index.node.js): go up from there.
  return join(dirname(require.resolve('pandoc-wasm')), '..');
}

let compiling: Promise<WebAssembly.Module> | undefined;
/**
 * pandoc.wasm compiled once per thread (about 0.1 s); a Module can be posted
 * to workers. V8 compiles each function when it is first called; it is told
 * to validate each one then too, rather than all 58 MB up front (most of
 * pandoc is never called in a build): measured, the compile took 0.19 s of
 * wall and 0.29 s of CPU with the whole binary validated, 0.09 s and 0.095 s
 * without. The binary is the one the installed package ships. Read in one
 * call: fs/promises reads it in 512 KB chunks, each waiting for this thread's
 * event loop, so a busy thread (loading the project) held the compile back.
 */
export function compiledPandoc(): Promise<WebAssembly.Module> {
  if (!compiling) {
    engineLoaded('pandoc-wasm');
    setFlagsFromString('--wasm-lazy-validation');
    compiling = WebAssembly.compile(readFileSync(join(pandocWasmRoot(), 'src', 'pandoc.wasm')));
  }
  return compiling;
}

export interface WasmConvertResult {
  stdout: string;
  stderr: string;
  /** The `output-file` of the options, when pandoc wrote one. */
  output: Uint8Array | undefined;
}

/** The instance stopped (a WASM trap or runtime abort): it cannot be used again. */
export class PandocCrash extends Error {
  constructor(message: string) {
    super(`pandoc-wasm stopped: ${message}`);
    this.name = 'PandocCrash';
  }
}

export interface PandocInstance {
  /** One pandoc run. `files` is pandoc's flat file system (names without `/`). Synchronous inside. */
  convert(options: Record<string, unknown>, stdin: string, files?: Record<string, Uint8Array | string>): WasmConvertResult;
}

interface PandocExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  __wasm_call_ctors(): void;
  hs_init_with_rtsopts(argc: number, argv: number): void;
  convert(opts: number, length: number): void;
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A new pandoc instance (its own memory and file system) from the compiled
 * binary. `env` is its environment (`NAME=value`), empty by default: the EPUB
 * writer reads SOURCE_DATE_EPOCH from it for its dates.
 */
export async function startPandoc(module: WebAssembly.Module, rtsOptions: readonly string[] = RTS_OPTIONS, env: readonly string[] = []): Promise<PandocInstance> {
  const args = ['pandoc.wasm', '+RTS', ...rtsOptions, '-RTS'];
  const fileSystem = new Map<string, Inode>();
  // pandoc writes to files; the runtime writes here only when it fails (heap exhausted…).
  const runtimeSays: string[] = [];
  const fds = [
    new OpenFile(new File(new Uint8Array(), { readonly: true })),
    ConsoleStdout.lineBuffered((line) => runtimeSays.push(line)),
    ConsoleStdout.lineBuffered((line) => runtimeSays.push(line)),
    new PreopenDirectory('/', fileSystem),
  ];
  const wasi = new WASI(args, [...env], fds, { debug: false });
  const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
  const ex = instance.exports as unknown as PandocExports;
  wasi.initialize({ exports: ex });
  ex.__wasm_call_ctors();

  const view = (): DataView => new DataView(ex.memory.buffer);
  /** Copies bytes into the instance's memory, with `zeros` zero bytes after; returns the address. */
  const put = (bytes: Uint8Array, zeros = 0): number => {
    const ptr = ex.malloc(bytes.length + zeros);
    const mem = new Uint8Array(ex.memory.buffer, ptr, bytes.length + zeros);
    mem.set(bytes);
    mem.fill(0, bytes.length);
    return ptr;
  };

  // argv as C strings, then the runtime reads its options from it.
  const argv = ex.malloc(4 * (args.length + 1));
  args.forEach((a, i) => view().setUint32(argv + 4 * i, put(utf8.encode(a), 1), true));
  view().setUint32(argv + 4 * args.length, 0, true);
  const argcPtr = ex.malloc(4);
  view().setUint32(argcPtr, args.length, true);
  const argvPtr = ex.malloc(4);
  view().setUint32(argvPtr, argv, true);
  ex.hs_init_with_rtsopts(argcPtr, argvPtr);

  return {
    convert(options, stdin, files = {}) {
      const opts = utf8.encode(JSON.stringify(options));
      const optsPtr = put(opts);
      fileSystem.clear();
      const stdout = new File(new Uint8Array(), { readonly: false });
      const stderr = new File(new Uint8Array(), { readonly: false });
      fileSystem.set('stdin', new File(utf8.encode(stdin), { readonly: true }));
      fileSystem.set('stdout', stdout);
      fileSystem.set('stderr', stderr);
      fileSystem.set('warnings', new File(new Uint8Array(), { readonly: false }));
      for (const [name, data] of Object.entries(files)) {
        fileSystem.set(name, new File(typeof data === 'string' ? utf8.encode(data) : data, { readonly: true }));
      }
      const outputName = typeof options['output-file'] === 'string' ? options['output-file'] : undefined;
      if (outputName) fileSystem.set(outputName, new File(new Uint8Array(), { readonly: false }));
      try {
        ex.convert(optsPtr, opts.length);
      } catch (err) {
        const said = runtimeSays.splice(0).join(' ').trim();
        throw new PandocCrash(`${err instanceof Error ? err.message : String(err)}${said ? ` (${said})` : ''}`);
      }
      const out = outputName ? fileSystem.get(outputName) : undefined;
      const output = out instanceof File && out.data.length > 0 ? new Uint8Array(out.data) : undefined;
      const result = { stdout: utf8Strict.decode(stdout.data), stderr: utf8Strict.decode(stderr.data), output };
      fileSystem.clear();
      return result;
    },
  };
}
