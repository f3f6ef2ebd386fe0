// Peak memory of a process tree: the main process, its worker threads (they
// share its RSS) and every child process it starts (Typst children, a
// system pandoc). The process's own maxRSS would miss the children, so on
// Linux the sum of VmRSS over the tree is sampled from /proc. Pages shared
// between processes (the node binary) count once per process: the figure is
// an upper bound. Elsewhere there is no /proc, and the caller falls back to
// the main process's own peak.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Whether the tree can be sampled here. */
export function canSampleTree(): boolean {
  return existsSync('/proc/self/status');
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** The pids of `root` and all its descendants, from each process's parent in /proc/<pid>/stat. */
export function treePids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isFinite(ppid)) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Kilobytes resident over the tree of `root` now (0 once it is gone). */
export function treeRssKb(root: number): number {
  let kb = 0;
  for (const pid of treePids(root)) {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(read(`/proc/${pid}/status`) ?? '');
    if (m) kb += Number(m[1]);
  }
  return kb;
}

/** Samples the tree of `root` every `ms` until stop() is called; stop() gives the peak in kB. */
export function sampleTree(root: number, ms = 50): { stop(): number } {
  let peak = 0;
  const tick = (): void => {
    peak = Math.max(peak, treeRssKb(root));
  };
  tick();
  const timer = setInterval(tick, ms);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
