// `promokit scores <conference> --pre pre.csv --post post.csv [--session id]`:
// per-attendee gain and per-question results (CSV) and an HTML summary with a
// bar chart, in out/packets/<id>/scores/.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CommonOptions } from '../common.js';
import { loadEvent, writeIn } from './signin.js';

interface ScoresCliOptions extends CommonOptions {
  pre: string;
  post: string;
  session?: string;
  quiet?: boolean;
}

export function registerScores(program: Command): void {
  program
    .command('scores')
    .description('pre/post test scores: gain per attendee, results per question (CSV) and an HTML summary')
    .argument('<conference>', 'conference.yaml, or its folder')
    .requiredOption('--pre <file>', 'CSV of the pre-test: name, q1, q2… (1 or x when right)')
    .requiredOption('--post <file>', 'CSV of the post-test, same columns')
    .option('--session <id>', "the session tested: its module's questions label the results")
    .option('--out <dir>', 'output folder', 'out')
    .option('--root <dir>', 'project folder (default: the one holding the conference)')
    .option('--quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Outputs, in out/packets/<conference-id>/scores/ (<name> is the session id, else "scores"):
  <name>-attendees.csv   name, pre, post, questions, gain
  <name>-questions.csv   question, text, pre_percent_right, post_percent_right, change_points
  <name>.html            summary with a bar chart, self-contained`,
    )
    .action(async (target: string, opts: ScoresCliOptions) => {
      const event = await loadEvent(target, opts);
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
      const summary = scoreSummary(parseScoreSheet(read(opts.pre), opts.pre), parseScoreSheet(read(opts.post), opts.post), texts);
      const name = opts.session ?? 'scores';
      const folder = join(event.folder, 'scores');
      await writeIn(folder, `${name}-attendees.csv`, attendeeCsv(summary));
      await writeIn(folder, `${name}-questions.csv`, questionCsv(summary));
      const html = await writeIn(folder, `${name}.html`, scoresHtml(summary, title));
      if (!opts.quiet) process.stderr.write(`scores ${relative(process.cwd(), html)}: ${summary.attendees.length} attendees, mean gain ${summary.meanGain?.toFixed(1) ?? '—'} questions\n`);
    });
}
