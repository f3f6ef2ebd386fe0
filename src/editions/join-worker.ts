// A worker thread of the join pool (join-pool.ts): joins and saves one
// edition. Errors do not cross threads as classes: the pool joins again on
// the main thread to report the real one.
import { warmDigitsFont } from '../assemble/fonts.js';
import { joinEdition, type JoinedEdition, type JoinRequest } from './join-edition.js';

// The worker starts ahead of its first join (join-pool.ts): fontkit's set-up is done then.
warmDigitsFont();

export type JoinTaskResult = { ok: true; joined: JoinedEdition } | { ok: false; message: string };

export default async function join(request: JoinRequest): Promise<JoinTaskResult> {
  try {
    return { ok: true, joined: await joinEdition(request) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
