// One Typst document (a packet's template page, a session's slide deck) read
// from the build cache when it was set before from the same inputs, else set
// by Typst and stored. Typst reads nothing but the virtual files, so their
// hashes, the timestamp, the Typst version and the fonts make the key; the
// entries live with the build's compiled PDFs (kind `pdf`), so that a remote
// cache (--cache-url) shares them too. A document Typst refuses is not stored.
import { hashParts, sha256, type BuildCache } from '../cache/build-cache.js';
import { typstCompilerVersion, type CompiledPdf, type CompileInput } from './compile.js';
import { fontFingerprint } from './fonts.js';

/** Bump when what an entry holds changes. */
const ENTRY_VERSION = 'typst-document 1';

/** How many documents of each kind (`templates`, `decks`…) Typst set, and how many were read from the cache. */
export interface CompileCounts {
  set: Record<string, number>;
  cached: number;
}

export class CachedTypst {
  readonly counts: CompileCounts = { set: {}, cached: 0 };

  /** Without a cache (none given), every document is set by Typst and still counted. */
  constructor(private readonly cache: BuildCache | undefined) {}

  /** The document `input` makes (warnings only when Typst set it in this run); `compile` sets it (in process or in the bounded child) on a miss. */
  async compile(kind: string, input: CompileInput, compile: (input: CompileInput) => CompiledPdf | Promise<CompiledPdf>): Promise<CompiledPdf> {
    const key = documentKey(input);
    const hit = this.cache ? await this.read(key) : undefined;
    if (hit) {
      this.counts.cached++;
      return hit;
    }
    const made = await compile(input);
    this.counts.set[kind] = (this.counts.set[kind] ?? 0) + 1;
    if (this.cache) {
      await this.cache.write('pdf', `${key}.pdf`, made.pdf);
      await this.cache.write('pdf', `${key}.json`, JSON.stringify({ version: ENTRY_VERSION, pages: made.pages, queried: made.queried }));
    }
    return made;
  }

  private async read(key: string): Promise<CompiledPdf | undefined> {
    const cache = this.cache!;
    const [pdf, meta] = await Promise.all([cache.read('pdf', `${key}.pdf`), cache.read('pdf', `${key}.json`)]);
    if (!pdf || !meta) return undefined;
    let known: { version?: unknown; pages?: unknown; queried?: unknown };
    try {
      known = JSON.parse(meta.toString('utf8')) as typeof known;
    } catch {
      return undefined;
    }
    if (known.version !== ENTRY_VERSION || typeof known.pages !== 'number' || !Array.isArray(known.queried)) return undefined;
    // Both entries were checked against their hashes as they were read (BuildCache, RemoteCache).
    return { pdf: new Uint8Array(pdf), pages: known.pages, warnings: [], queried: known.queried as unknown[] };
  }
}

/** Everything Typst sets the document from. */
export function documentKey(input: CompileInput): string {
  const parts: string[] = [ENTRY_VERSION, typstCompilerVersion() ?? '', fontFingerprint(), input.mainPath, String(input.timestamp), input.pdfStandard ?? '', input.query ?? ''];
  for (const path of [...input.files.keys()].sort()) parts.push(path, sha256(input.files.get(path)!));
  return hashParts(parts);
}
