// What `packet` checks before it makes or writes anything: session times that
// are times of day, and every file conference.yaml leads to (session PDFs, the
// attendees file, the template overrides beside it) inside the project once
// symlinks are followed. A failure here means nothing is written.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError } from '../errors.js';
import type { ConferenceConfig } from '../model/schema.js';
import type { ConferenceRef } from '../model/types.js';
import { resolveInsideProject } from '../sources/inside-project.js';

/** HH:MM (or H:MM) from 00:00 to 23:59. */
export const TIME_OF_DAY = /^([01]?\d|2[0-3]):[0-5]\d$/;

export const PATH_OUTSIDE_PROJECT = 'path-outside-project';

export interface ConferenceFiles {
  /** Real path of each session's `pdf:`, by session index. */
  decks: Map<number, string>;
  /** Real path of each template override beside conference.yaml, by template name. */
  templates: Map<string, string>;
  /** Real path of the attendees file conference.yaml names (when it is the one used). */
  attendees: string | undefined;
}

export function sessionTimeFailures(conf: ConferenceRef, config: ConferenceConfig): PromokitError[] {
  const failures: PromokitError[] = [];
  config.sessions.forEach((s, i) => {
    for (const field of ['time', 'end'] as const) {
      const value = s[field];
      if (value === undefined || TIME_OF_DAY.test(value)) continue;
      failures.push(
        new PromokitError(`field "sessions[${i}].${field}" is "${value}", which is not a time of day: write HH:MM from 00:00 to 23:59, such as "09:30"`, {
          file: conf.configFile,
          line: conf.lineOf(['sessions', i, field]),
          rule: 'config-invalid',
        }),
      );
    }
  });
  return failures;
}

/** True when `path` is there but is a folder, pipe or device (a pipe would never end). */
function notAFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The real paths of the files conference.yaml leads to, and a
 * `path-outside-project` failure for each one outside `root` (a
 * `file-unreadable` one for a folder, pipe or device).
 * `templateNames` are the overrides looked for beside conference.yaml.
 */
export function confineConferenceFiles(
  root: string,
  conf: ConferenceRef,
  config: ConferenceConfig,
  options: { templateNames: readonly string[]; attendeesFromConfig: boolean },
): { files: ConferenceFiles; failures: PromokitError[] } {
  const failures: PromokitError[] = [];
  const outside = (what: string, real: string, where: { file: string; line?: number }): void => {
    failures.push(new PromokitError(`${what} leads to ${real}, which is outside the project (${root}); copy the file into the project and name it there`, { ...where, rule: PATH_OUTSIDE_PROJECT }));
  };
  /** The real path, or undefined after a failure. */
  const confine = (what: string, rel: string, where: { file: string; line?: number }): string | undefined => {
    const r = resolveInsideProject(root, conf.dir, rel);
    if ('outside' in r) outside(what, r.outside, where);
    else if (notAFile(r.path)) failures.push(new PromokitError(`${what} is a folder, pipe or device, not a file`, { ...where, rule: 'file-unreadable' }));
    else return r.path;
    return undefined;
  };
  const files: ConferenceFiles = { decks: new Map(), templates: new Map(), attendees: undefined };
  config.sessions.forEach((s, i) => {
    const path = s.pdf === undefined ? undefined : confine(`pdf ${s.pdf}`, s.pdf, { file: conf.configFile, line: conf.lineOf(['sessions', i, 'pdf']) });
    if (path) files.decks.set(i, path);
  });
  if (options.attendeesFromConfig) files.attendees = confine(`attendees ${config.attendees}`, config.attendees, { file: conf.configFile, line: conf.lineOf(['attendees']) });
  for (const name of options.templateNames) {
    const path = existsSync(join(conf.dir, name)) ? confine(name, name, { file: `${conf.relDir}/${name}` }) : undefined;
    if (path) files.templates.set(name, path);
  }
  return { files, failures };
}
