// `promokit scores <event> --pre pre.csv --post post.csv [--session id]`:
// per-attendee gain and per-question results (CSV) and an HTML summary with a
// bar chart, in out/packets/<id>/scores/. Findings (someone with only one of
// the two tests, a name not on the roster) go through the shared reporters.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, UsageError } from '../../errors.js';
import type { Finding } from '../../findings/finding.js';
import { filePlan } from '../../findings/report/junit.js';
import type { ReportFormat } from '../../findings/report/report.js';
import type { CommonOptions } from '../common.js';
import { loadEvent, writeIn } from '../event-target.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

interface ScoresCliOptions extends CommonOptions, FormatOptions {
  pre: string;
  post: string;
  session?: string;
  quiet?: boolean;
}

export function registerScores(program: Command): void {
  const cmd = program
    .command('scores')
    .description('pre/post test scores: gain per attendee, results per question (CSV) and an HTML summary')
    .argument('<event>', 'event.yaml or conference.yaml (a conference or a training), or its folder')
    .requiredOption('--pre <file>', 'CSV of the pre-test: name, q1, q2… (1 or x when right)')
    .requiredOption('--post <file>', 'CSV of the post-test, same columns')
    .option('--session <id>', "the session tested: its module's questions label the results")
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the event)')
    .option('--quiet', 'print nothing but errors');
  addFormatOptions(cmd).addHelpText(
    'after',
    `
Outputs, in out/packets/<event-id>/scores/ (<name> is the session id, else "scores"):
  <name>-attendees.csv   name, pre, post, questions, gain
  <name>-questions.csv   question, text, pre_percent_right, post_percent_right, change_points
  <name>.html            summary with a bar chart, self-contained`,
  );
  cmd.action(async (target: string, opts: ScoresCliOptions) => {
    const { report: format } = parseFormats(opts);
    await runReported('scores', format, () => scores(target, opts, format));
  });
}

async function scores(target: string, opts: ScoresCliOptions, format: ReportFormat): Promise<void> {
  const event = await loadEvent(target, opts, 'scores');
  const [{ parseScoreSheet, scoreSummary, attendeeCsv, questionCsv }, { scoresHtml }, { sessionTests }] = await Promise.all([
    import('../../records/scores.js'),
    import('../../records/scores-html.js'),
    import('../../records/pretest.js'),
  ]);
  let texts: string[] = [];
  const lang = event.config.languages[0]!;
  let title = `${event.config.name[lang] ?? event.config.id}`;
  if (opts.session) {
    const test = sessionTests(event.config, event.project.manuals).find((t) => t.session.id === opts.session);
    if (!test) throw new UsageError(`--session ${opts.session}: no session with that id has assessment questions`);
    texts = test.items[lang]!.map((it) => it.question);
    title = `${test.title[lang]} (${opts.session}) — ${title}`;
  }
  const read = (f: string): string => readFileSync(resolve(f), 'utf8');
  const pre = parseScoreSheet(read(opts.pre), opts.pre);
  const post = parseScoreSheet(read(opts.post), opts.post);
  const summary = scoreSummary(pre, post, texts);
  const findings: Finding[] = [];
  const registered = new Set(event.attendees.map((a) => a.name.trim().toLowerCase()));
  for (const a of summary.attendees) {
    if (a.pre === null || a.post === null) {
      const missing = a.pre === null ? opts.pre : opts.post;
      findings.push({ rule: 'scores-unpaired', severity: 'warning', file: missing, message: `${a.name} is not in ${missing}: no gain for them` });
    }
    if (!registered.has(a.name.trim().toLowerCase())) {
      findings.push({ rule: 'scores-unregistered', severity: 'warning', file: a.pre === null ? opts.post : opts.pre, message: `${a.name} is not on the attendees list of ${event.config.id}` });
    }
  }
  const name = opts.session ?? 'scores';
  const folder = join(event.folder, 'scores');
  const show = (p: string): string => relative(process.cwd(), p);
  const outputs = [
    await writeIn(folder, `${name}-attendees.csv`, attendeeCsv(summary)),
    await writeIn(folder, `${name}-questions.csv`, questionCsv(summary)),
    await writeIn(folder, `${name}.html`, scoresHtml(summary, title)),
  ].map(show);
  printReport(format, {
    command: 'scores',
    ok: true,
    findings,
    data: { event: event.config.id, session: opts.session ?? null, attendees: summary.attendees.length, questions: summary.questions, mean_pre: summary.meanPre, mean_post: summary.meanPost, mean_gain: summary.meanGain, outputs },
    scope: `in ${summary.attendees.length} attendees`,
    text: {
      stream: 'stderr',
      layout: 'lines',
      ...(opts.quiet ? {} : { summary: () => `scores ${outputs[2]}: ${summary.attendees.length} attendees, mean gain ${summary.meanGain?.toFixed(1) ?? '—'} questions${findings.length ? `, ${findings.length} warnings` : ''}` }),
    },
    junit: filePlan('scores', outputs.map((o) => ({ key: `output:${o}`, name: o, classname: event.config.id }))),
  });
  process.exitCode = ExitCode.ok;
}
