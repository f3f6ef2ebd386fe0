// `promokit signin <conference>`: a sign-in sheet per session and, for each
// session whose module has an #assessment section, the pre/post test and its
// key. Also the event loading that `roster` and `scores` share.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { PromokitError, UsageError } from '../../errors.js';
import { loadProject } from '../../model/load-project.js';
import type { ConferenceConfig } from '../../model/schema.js';
import type { ConferenceRef, Project } from '../../model/types.js';
import type { Attendee } from '../../packets/attendees.js';
import { decodeCsv } from '../../packets/csv-text.js';
import { resolveInsideProject } from '../../sources/inside-project.js';
import { writeFileAtomic } from '../../write-atomic.js';
import { findRoot, parsePaper, resolveOut, type CommonOptions } from '../common.js';

export interface LoadedEvent {
  project: Project;
  conf: ConferenceRef;
  config: ConferenceConfig;
  attendees: Attendee[];
  /** out/packets/<id> */
  folder: string;
}

/** The conference a target names, valid, with its attendees (a bad row is an error: records must be whole). */
export async function loadEvent(target: string, opts: CommonOptions): Promise<LoadedEvent> {
  const abs = resolve(target);
  if (!existsSync(abs)) throw new UsageError(`not found: ${target}`);
  const dir = statSync(abs).isDirectory() ? abs : dirname(abs);
  if (!existsSync(join(dir, 'conference.yaml'))) throw new UsageError(`${target}: no conference.yaml there`);
  const root = opts.root ? resolve(opts.root) : findRoot(dir);
  if (!root) throw new UsageError(`${target} is not inside a folder holding manuals/`);
  const loaded = loadProject(root);
  const conf = loaded.project.conferences.find((c) => c.id === basename(dir));
  if (!conf) throw new UsageError(`${target} is not a conference folder directly under manuals/`);
  const config = conf.config;
  if (!config) throw new PromokitError('conference.yaml is invalid; run "promokit check" for the details', { file: conf.configFile, rule: 'config-invalid' });
  const csv = resolveInsideProject(root, conf.dir, config.attendees);
  if ('outside' in csv) throw new PromokitError(`attendees file ${config.attendees} leads outside the project`, { file: conf.configFile, rule: 'path-outside-project' });
  const file = relative(root, csv.path);
  // csv-parse is loaded only when a records command runs (start-up stays light).
  const { parseAttendees } = await import('../../packets/attendees.js');
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

interface SigninCliOptions extends CommonOptions {
  quiet?: boolean;
}

export function registerSignin(program: Command): void {
  program
    .command('signin')
    .description('sign-in sheet per session, and the pre/post test and answer key of each session with an #assessment')
    .argument('<conference>', 'conference.yaml, or its folder')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the conference)')
    .option('--quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Outputs:
  out/packets/<conference-id>/signin/<session>.pdf     roster, signature, time in/out, walk-in rows
  out/packets/<conference-id>/tests/<session>.pdf      pre/post test without answers
  out/packets/<conference-id>/tests/<session>-key.pdf  the facilitator's key

Sessions are named by their id: conference.yaml's "id:", else s1, s2… by position.`,
    )
    .action(async (target: string, opts: SigninCliOptions) => {
      const event = await loadEvent(target, opts);
      const [{ signinSheets }, { sessionTests, testPdfs }, { eventTimestamp }] = await Promise.all([
        import('../../records/signin.js'),
        import('../../records/pretest.js'),
        import('../../records/record-page.js'),
      ]);
      const set = { config: event.config, paper: opts.paper ?? 'letter', timestamp: eventTimestamp(event.config) };
      const say = (s: string): void => {
        if (!opts.quiet) process.stderr.write(`${s}\n`);
      };
      for (const sheet of signinSheets(set, event.attendees)) {
        const path = await writeIn(join(event.folder, 'signin'), `${sheet.session}.pdf`, sheet.pdf);
        say(`sign-in ${relative(process.cwd(), path)} (${sheet.rows} names)`);
      }
      for (const t of testPdfs(set, sessionTests(event.config, event.project.manuals))) {
        await writeIn(join(event.folder, 'tests'), `${t.session}.pdf`, t.form);
        const key = await writeIn(join(event.folder, 'tests'), `${t.session}-key.pdf`, t.key);
        say(`test ${relative(process.cwd(), key).replace(/-key\.pdf$/, '')}{,-key}.pdf (${t.questions} questions${t.unanswered ? `, ${t.unanswered} without an answer in the key` : ''})`);
      }
    });
}
