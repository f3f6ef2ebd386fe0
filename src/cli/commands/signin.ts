// `promokit signin <event>`: a sign-in sheet per session and, for each
// session whose module has an #assessment section, the pre/post test and its
// key, for a conference or a training. A signin.typ or pretest.typ beside the
// event file replaces ours. Findings (a question without an answer in the
// key) go through the shared reporters (--format, --json).
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { Finding } from '../../findings/finding.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import { confineTemplates } from '../../packets/preflight.js';
import { parsePaper, type CommonOptions } from '../common.js';
import { loadEvent, writeIn } from '../event-target.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

interface SigninCliOptions extends CommonOptions, FormatOptions {
  quiet?: boolean;
}

export function registerSignin(program: Command): void {
  const cmd = program
    .command('signin')
    .description('sign-in sheet per session, and the pre/post test and answer key of each session with an #assessment')
    .argument('<event>', 'event.yaml or conference.yaml (a conference or a training), or its folder')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the event)')
    .option('--quiet', 'print nothing but errors');
  addFormatOptions(cmd).addHelpText(
    'after',
    `
Outputs:
  out/packets/<event-id>/signin/<session>.pdf     roster, signature, time in/out, walk-in rows
  out/packets/<event-id>/tests/<session>.pdf      pre/post test without answers
  out/packets/<event-id>/tests/<session>-key.pdf  the facilitator's key

Sessions are named by their id: the event file's "id:", else s1, s2… by position.
A signin.typ or pretest.typ beside the event file replaces promokit's template
of that name (they read /data.json).`,
  );
  cmd.action(async (target: string, opts: SigninCliOptions) => {
    const { report: format } = parseFormats(opts);
    await runReported('signin', format, () => signin(target, opts, format));
  });
}

async function signin(target: string, opts: SigninCliOptions, format: ReportFormat): Promise<void> {
  const event = await loadEvent(target, opts, 'signin');
  const [{ signinSheets, RECORD_TEMPLATES }, { sessionTests, testPdfs }, { eventTimestamp }] = await Promise.all([
    import('../../records/signin.js'),
    import('../../records/pretest.js'),
    import('../../records/record-page.js'),
  ]);
  const own = confineTemplates(event.project.root, event.conf, RECORD_TEMPLATES);
  if (own.failures.length) throw own.failures[0]!;
  const set = { config: event.config, paper: opts.paper ?? 'letter', timestamp: eventTimestamp(event.config), overrides: own.templates, relDir: event.conf.relDir };
  const show = (p: string): string => relative(process.cwd(), p);
  const quiet = Boolean(opts.quiet) || format.machine;
  const say = (s: string): void => {
    if (!quiet) process.stderr.write(`${s}\n`);
  };
  const sheets: { session: string; path: string; rows: number }[] = [];
  for (const sheet of await signinSheets(set, event.attendees)) {
    const path = await writeIn(join(event.folder, 'signin'), `${sheet.session}.pdf`, sheet.pdf);
    sheets.push({ session: sheet.session, path: show(path), rows: sheet.rows });
    say(`sign-in ${show(path)} (${sheet.rows} names)`);
  }
  const tests: { session: string; module: string; form: string; key: string; questions: number; unanswered: number }[] = [];
  const findings: Finding[] = [];
  const lang = event.config.languages[0]!;
  for (const t of await testPdfs(set, sessionTests(event.config, event.project.manuals))) {
    const form = await writeIn(join(event.folder, 'tests'), `${t.session}.pdf`, t.form);
    const key = await writeIn(join(event.folder, 'tests'), `${t.session}-key.pdf`, t.key);
    tests.push({ session: t.session, module: t.module, form: show(form), key: show(key), questions: t.questions, unanswered: t.unanswered });
    say(`test ${show(key).replace(/-key\.pdf$/, '')}{,-key}.pdf (${t.questions} questions)`);
    if (t.unanswered) {
      const [manualId, moduleId] = t.module.split('/');
      const file = event.project.manuals.find((m) => m.id === manualId)?.modules.find((m) => m.id === moduleId)?.files[lang]?.file;
      findings.push({ rule: 'assessment-unanswered', severity: 'warning', ...(file ? { file } : {}), message: `${t.unanswered} of ${t.questions} questions of session ${t.session} have no answer in the key` });
    }
  }
  printReport(format, {
    command: 'signin',
    ok: true,
    findings,
    data: { event: event.config.id, signin: sheets, tests },
    scope: `in ${sheets.length} sign-in sheets and ${tests.length} tests`,
    text: { stream: 'stderr', layout: 'lines', ...(opts.quiet ? {} : { summary: () => `${sheets.length} sign-in sheets, ${tests.length} tests${findings.length ? `, ${findings.length} warnings` : ''}` }) },
    junit: filePlan('signin', [...sheets.map((s) => ({ key: `signin:${s.session}`, name: s.path, classname: event.config.id })), ...tests.map((t) => ({ key: `test:${t.session}`, name: t.form, classname: event.config.id }))]),
  });
  process.exitCode = ExitCode.ok;
}
