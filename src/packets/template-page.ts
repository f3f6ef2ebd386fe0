// A page of a packet template (cover.typ, agenda.typ, itinerary.typ…) set by
// Typst from /data.json. An organiser's own template, beside the event file, replaces
// ours; it is user Typst, so it is set in the child process with a time limit
// (src/typeset/typeset-process.ts). Typst sees only the three files below, so
// a page set before from the same ones is read from the build cache.
import { readFileSync } from 'node:fs';
import { PromokitError } from '../errors.js';
import type { ConferenceRef } from '../model/types.js';
import { templateText } from '../templates.js';
import type { CachedTypst } from '../typeset/cached-compile.js';
import { compileTypst, TypstCompileError } from '../typeset/compile.js';
import { compileBounded, typesetSeconds, TypesetTimeoutError } from '../typeset/typeset-process.js';
import type { Attendee } from './attendees.js';

export interface TemplateSetting {
  conf: ConferenceRef;
  /** Real path of each template override beside the event file, by template name (preflight.ts). */
  overrides: ReadonlyMap<string, string>;
  /** The packet's date, seconds since the epoch. */
  timestamp: number;
  /** The /data.json of the event's kind, for one language order (and one attendee). */
  data(langs: readonly string[], attendee: Attendee | undefined): object;
  /** The build cache's documents: a page set before from the same data is read from it (a packet run's). */
  typst?: CachedTypst;
}

/** The PDF of template `name` for one language order (and one attendee, for cover and certificate). */
export async function templatePage(set: TemplateSetting, name: string, langs: readonly string[], attendee: Attendee | undefined, extra: object = {}): Promise<Uint8Array> {
  const ownPath = set.overrides.get(name);
  const files = new Map<string, string>([
    ['/packet-lib.typ', templateText('packet-lib.typ')],
    [`/${name}`, ownPath ? readFileSync(ownPath, 'utf8') : templateText(name)],
    ['/data.json', JSON.stringify({ ...set.data(langs, attendee), ...extra })],
  ]);
  const input = { files, mainPath: `/${name}`, timestamp: set.timestamp };
  try {
    const compile = ownPath ? compileBounded : compileTypst;
    return (set.typst ? await set.typst.compile('templates', input, compile) : await compile(input)).pdf;
  } catch (err) {
    if (err instanceof TypesetTimeoutError) {
      throw new PromokitError(`${name} did not finish within ${typesetSeconds()} s (PROMOKIT_TYPESET_TIMEOUT)`, { file: `${set.conf.relDir}/${name}`, rule: 'typeset-timeout' });
    }
    if (err instanceof TypstCompileError) {
      const d = err.diagnostics[0];
      throw new PromokitError(`${name} does not compile: ${d?.message ?? err.message}`, {
        file: ownPath ? `${set.conf.relDir}/${name}` : set.conf.configFile,
        line: ownPath ? d?.line : undefined,
        rule: 'typst-compile',
      });
    }
    throw err;
  }
}
