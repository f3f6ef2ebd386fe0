// Progress of a long command, as the README describes it: a live bar on a terminal
// (cli-progress), one bar per group when there are groups (the manuals of a
// build); one plain line per item in a log, a pipe or CI; and nothing with
// --quiet or --json (stdout then carries the summary).
import { MultiBar, Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** Sets the number of items, when only the library knows it (attendees in a CSV). */
  total(n: number): void;
  /** One item done: `line` is what a log shows, `item` what the bar shows, `group` whose bar moves. */
  done(line: string, item: string, group?: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** What is being made, for the bar: `PDFs`, `packets`. */
  unit: string;
  total?: number;
  /** One bar each, in this order, with its number of items. */
  groups?: { name: string; total: number }[];
  silent: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/** A live bar only on a terminal that is not a CI log. */
export function showLiveProgress(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.CI;
}

export function startProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.silent) return { total: () => undefined, done: () => undefined, stop: () => undefined };
  if (!showLiveProgress(stream, opts.env)) {
    return { total: () => undefined, done: (line) => void stream.write(`${line}\n`), stop: () => undefined };
  }
  return opts.groups?.length ? groupBars(opts, opts.groups, stream) : oneBar(opts, stream);
}

function oneBar(opts: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({ format: `{bar} {value}/{total} ${opts.unit}  {item}`, hideCursor: true, clearOnComplete: true, stream }, Presets.shades_classic);
  // Started once the total is known: a bar over 0 items shows as full.
  let started = false;
  const start = (n: number): void => {
    started = true;
    bar.start(n, 0, { item: '' });
  };
  if (opts.total !== undefined) start(opts.total);
  return {
    total: (n) => (started ? bar.setTotal(n) : start(n)),
    done: (_line, item) => {
      if (!started) start(0);
      bar.increment({ item });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function groupBars(opts: ProgressOptions, groups: { name: string; total: number }[], stream: NodeJS.WriteStream): Progress {
  const width = Math.max(...groups.map((g) => g.name.length));
  const multi = new MultiBar({ format: `{group} {bar} {value}/{total} ${opts.unit}  {item}`, hideCursor: true, clearOnComplete: true, stream }, Presets.shades_classic);
  const bars = new Map(groups.map((g) => [g.name, multi.create(g.total, 0, { group: g.name.padEnd(width), item: '' })]));
  return {
    total: () => undefined,
    done: (_line, item, group) => void bars.get(group ?? '')?.increment({ item }),
    stop: () => multi.stop(),
  };
}
