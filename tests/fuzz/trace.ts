// "Nothing outside the project is opened": every path the stages ask the file
// system to open, read or list is recorded when it (or where its symbolic
// links lead) lies in the watched folder — the canary outside the project.
// In process the fs functions are wrapped (and the ES module bindings synced);
// a spawned CLI gets the same wrapper as a preload (`node --import`).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SYNC = ['openSync', 'readFileSync', 'readdirSync', 'opendirSync', 'createReadStream', 'open', 'readFile', 'readdir', 'opendir'] as const;
const PROMISES = ['open', 'readFile', 'readdir', 'opendir'] as const;

/** The body shared by both: `note(kind, path)` checks a path and records a hit. */
const NOTE = `
function pathText(p) {
  if (typeof p === 'string') return p;
  if (p instanceof URL) return p.protocol === 'file:' ? decodeURIComponent(p.pathname) : undefined;
  if (p instanceof Uint8Array) return Buffer.from(p).toString();
  return undefined;
}
function watched(p) {
  const s = pathText(p);
  if (s === undefined) return undefined;
  if (s.startsWith(WATCH)) return s;
  try {
    const real = REALPATH(s);
    return real.startsWith(WATCH) ? s + ' -> ' + real : undefined;
  } catch {
    return undefined;
  }
}
`;

type Fn = (...args: unknown[]) => unknown;
type Table = Record<string, unknown>;

export interface FsTrace {
  /** Paths opened in the watched folder since the trace started: `kind path[ -> real]`. */
  hits: string[];
  stop(): void;
}

/** Wraps the fs functions of this process; `watch` is a real, absolute folder path. */
export function traceFs(watch: string): FsTrace {
  const hits: string[] = [];
  const realpath = fs.realpathSync.bind(fs);
  const prefix = `${watch}/`;
  const check = new Function('WATCH', 'REALPATH', `${NOTE}; return watched;`)(prefix, realpath) as (p: unknown) => string | undefined;
  const restore: [Table, string, unknown][] = [];
  const wrap = (table: Table, names: readonly string[], label: string): void => {
    for (const name of names) {
      const original = table[name] as Fn;
      restore.push([table, name, original]);
      table[name] = function traced(this: unknown, ...args: unknown[]): unknown {
        const hit = check(args[0]);
        if (hit !== undefined) hits.push(`${label}${name} ${hit}`);
        return original.apply(this, args);
      };
    }
  };
  wrap(fs as unknown as Table, SYNC, 'fs.');
  wrap(fs.promises as unknown as Table, PROMISES, 'fs.promises.');
  syncBuiltinESMExports();
  return {
    hits,
    stop() {
      for (const [table, name, original] of restore) table[name] = original;
      syncBuiltinESMExports();
    },
  };
}

/** The same wrapper as a preload module for a spawned node; hits are appended to PROMOKIT_FUZZ_TRACE. */
export function writePreload(dir: string): string {
  const path = join(dir, 'fuzz-trace-preload.mjs');
  fs.writeFileSync(
    path,
    `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const LOG = process.env.PROMOKIT_FUZZ_TRACE;
const WATCH = process.env.PROMOKIT_FUZZ_WATCH + '/';
const REALPATH = fs.realpathSync.bind(fs);
const APPEND = fs.appendFileSync.bind(fs);
${NOTE}
function wrap(table, names, label) {
  for (const name of names) {
    const original = table[name];
    table[name] = function traced(...args) {
      const hit = watched(args[0]);
      if (hit !== undefined) APPEND(LOG, label + name + ' ' + hit + '\\n');
      return original.apply(this, args);
    };
  }
}
if (LOG && WATCH !== 'undefined/') {
  wrap(fs, ${JSON.stringify(SYNC)}, 'fs.');
  wrap(fs.promises, ${JSON.stringify(PROMISES)}, 'fs.promises.');
  syncBuiltinESMExports();
}
`,
  );
  return path;
}

/** Environment for a spawned CLI that records into `log` what it opens under `watch`. */
export function traceEnv(preload: string, log: string, watch: string): Record<string, string> {
  const before = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
  return { NODE_OPTIONS: `${before}--import=${pathToFileURL(preload).href}`, PROMOKIT_FUZZ_TRACE: log, PROMOKIT_FUZZ_WATCH: watch };
}
