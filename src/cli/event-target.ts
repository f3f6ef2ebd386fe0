// The event a records or packet command names: event.yaml (or conference.yaml),
// or its folder, directly under manuals/. `loadEvent` also reads the
// attendees of a conference or training, for signin, roster and scores.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { PromokitError, UsageError } from '../errors.js';
import { loadProject, type LoadedProject } from '../model/load-project.js';
import type { AgendaConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import type { Attendee } from '../packets/attendees.js';
import { decodeCsv } from '../packets/csv-text.js';
import { CONFERENCE_FILE, EVENT_FILE } from '../sources/project-sources.js';
import { resolveInsideProject } from '../sources/inside-project.js';
import { writeFileAtomic } from '../write-atomic.js';
import { findRoot, resolveOut, type CommonOptions } from './common.js';

export interface EventTarget {
  root: string;
  loaded: LoadedProject;
  conf: ConferenceRef;
}

/** The event folder `target` names, its project loaded; a usage error when it is none. */
export function eventTarget(target: string, opts: CommonOptions): EventTarget {
  const abs = resolve(target);
  if (!existsSync(abs)) throw new UsageError(`not found: ${target}`);
  const dir = statSync(abs).isDirectory() ? abs : dirname(abs);
  if (!existsSync(join(dir, EVENT_FILE)) && !existsSync(join(dir, CONFERENCE_FILE))) throw new UsageError(`${target}: no ${EVENT_FILE} (or ${CONFERENCE_FILE}) there`);
  const root = opts.root ? resolve(opts.root) : findRoot(dir);
  if (!root) throw new UsageError(`${target} is not inside a folder holding manuals/`);
  const loaded = loadProject(root);
  const conf = loaded.project.conferences.find((c) => c.id === basename(dir));
  if (!conf) throw new UsageError(`${target} is not an event folder directly under manuals/`);
  return { root, loaded, conf };
}

export interface LoadedEvent {
  project: Project;
  conf: ConferenceRef;
  config: AgendaConfig;
  attendees: Attendee[];
  /** out/packets/<id> */
  folder: string;
}

/** The conference or training a target names, valid, with its attendees (a bad row is an error: records must be whole). */
export async function loadEvent(target: string, opts: CommonOptions, command: string): Promise<LoadedEvent> {
  const { root, loaded, conf } = eventTarget(target, opts);
  if (conf.exchange) throw new UsageError(`${command}: ${conf.configFile} is an exchange; sign-in sheets, tests, scores and rosters are made for a conference or a training`);
  const config = conf.config;
  if (!config) throw new PromokitError(`${basename(conf.configFile)} is invalid; run "promokit check" for the details`, { file: conf.configFile, rule: 'config-invalid' });
  const csv = resolveInsideProject(root, conf.dir, config.attendees);
  if ('outside' in csv) throw new PromokitError(`attendees file ${config.attendees} leads outside the project`, { file: conf.configFile, line: conf.lineOf(['attendees']), rule: 'path-outside-project' });
  const file = relative(root, csv.path);
  if (!existsSync(csv.path)) throw new PromokitError(`attendees file ${config.attendees} not found`, { file: conf.configFile, line: conf.lineOf(['attendees']), rule: 'conference-reference' });
  // csv-parse is loaded only when a records command runs (start-up stays light).
  const { parseAttendees } = await import('../packets/attendees.js');
  const list = parseAttendees(decodeCsv(readFileSync(csv.path), file), file, config.languages);
  if (list.failures.length) throw list.failures[0]!;
  return { project: loaded.project, conf, config, attendees: list.attendees, folder: join(resolveOut(opts, root, ['.cache']), 'packets', config.id) };
}

export async function writeIn(folder: string, name: string, data: Uint8Array | string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  await writeFileAtomic(path, data);
  return path;
}
