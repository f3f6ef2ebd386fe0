// What `packet` checks before it makes or writes anything: session times that
// are times of day, and every file the event file leads to (session PDFs, the
// attendees file, the template overrides beside it) inside the project once
// symlinks are followed. A failure here means nothing is written.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PromokitError } from '../errors.js';
import type { AgendaConfig } from '../model/schema.js';
import type { ConferenceRef } from '../model/types.js';
import { resolveInsideProject } from '../sources/inside-project.js';

/** HH:MM (or H:MM) from 00:00 to 23:59. */
export const TIME_OF_DAY = /^([01]?\d|2[0-3]):[0-5]\d$/;

export const PATH_OUTSIDE_PROJECT = 'path-outside-project';

export interface ConferenceFiles {
  /** Real path of each session's `pdf:`, by session index. */
  decks: Map<number, string>;
  /** Real path of each template override beside the event file, by template name. */
  templates: Map<string, string>;
  /** Real path of the attendees file conference.yaml names (when it is the one used). */
  attendees: string | undefined;
}

export function sessionTimeFailures(conf: ConferenceRef, config: AgendaConfig): PromokitError[] {
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
  config: AgendaConfig,
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
  const own = confineTemplates(root, conf, options.templateNames);
  files.templates = own.templates;
  failures.push(...own.failures);
  return { files, failures };
}

/**
 * The real path of each of `names` beside the event file (an organiser's
 * own template), and a failure for one outside the project or not a file.
 */
export function confineTemplates(root: string, conf: ConferenceRef, names: readonly string[]): { templates: Map<string, string>; failures: PromokitError[] } {
  const templates = new Map<string, string>();
  const failures: PromokitError[] = [];
  for (const name of names) {
    if (!existsSync(join(conf.dir, name))) continue;
    const where = { file: `${conf.relDir}/${name}` };
    const r = resolveInsideProject(root, conf.dir, name);
    if ('outside' in r) failures.push(new PromokitError(`${name} leads to ${r.outside}, which is outside the project (${root}); copy the file into the project and name it there`, { ...where, rule: PATH_OUTSIDE_PROJECT }));
    else if (notAFile(r.path)) failures.push(new PromokitError(`${name} is a folder, pipe or device, not a file`, { ...where, rule: 'file-unreadable' }));
    else templates.set(name, r.path);
  }
  return { templates, failures };
}
