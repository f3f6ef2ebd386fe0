// A pandoc-wasm worker started before the project is loaded, for a build that
// will convert a few module files: while the main thread loads its modules
// and the project (about half a second), a spare core compiles pandoc, starts
// it and runs a small conversion through it. The first conversion of a
// pandoc costs about half a second more than the next ones (V8 compiles the
// functions it calls); done ahead, the build's own conversion is then one of
// the quick ones. Only with a core to spare: on a busy machine the worker
// would only take CPU from the main thread.
import { spareCores } from '../spare-cores.js';
import { PooledPandoc } from './pandoc-pool.js';

/** A started one-thread pandoc, when `jobs` allows a thread and a core is spare (spare-cores.ts). */
export function pandocAhead(jobs: number, spare = spareCores()): PooledPandoc | undefined {
  return jobs >= 2 && spare >= 1 ? new PooledPandoc(1, true).startNow() : undefined;
}
