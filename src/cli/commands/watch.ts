// `promokit watch [manual-id]`: one line per rebuild, errors shown, never exits on them.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { findingJson } from '../../findings/finding.js';
import { JSON_SHAPE_VERSION } from '../../findings/report/json.js';
import { parseLangs, parsePaper, resolveOut, resolveRoot, useColor, type CommonOptions } from '../common.js';
import { stageFindings } from '../stage-findings.js';

interface WatchCliOptions extends CommonOptions {
  draft?: boolean;
}

/** --json: one JSON object a line (a stream of events, not one summary), each with the same `version` as the other commands' JSON. */
const jsonLine = (event: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify({ version: JSON_SHAPE_VERSION, ...event })}\n`);

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('rebuild on save only what the change affects')
    .argument('[manual-id]', 'watch one manual (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <list>', 'languages to build, comma-separated')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--draft', 'stamp "BORRADOR / DRAFT" on every page')
    .option('--json', 'one JSON object a line on stdout for each rebuild (event, target, ok, ms, outputs, findings)')
    .addHelpText(
      'after',
      `
Saving a module file rebuilds that module alone, in the language saved:
  <lang>.md          out/<id>/modules/<NN-slug>.<lang>.pdf
  slides.<lang>.md   out/<id>/slides/<NN-slug>.<lang>.pdf and handouts/<NN-slug>.<lang>.pdf
  an image of it     both, in every language
Saving manual.yaml, glossary.yaml or a manual-level image rebuilds the manual's
PDFs (as promokit build). Run "promokit build" for the full manuals when done.

Example:
  promokit watch salud-mental          then edit manuals/salud-mental/modules/…/es.md`,
    )
    .action(async (manual: string | undefined, opts: WatchCliOptions) => {
      const { watchProject } = await import('../../watch/watch.js');
      const root = resolveRoot(opts);
      const color = useColor(process.stderr);
      const red = (s: string): string => (color ? `\x1b[31m${s}\x1b[39m` : s);
      const show = (p: string): string => relative(process.cwd(), p) || '.';
      const langs = parseLangs(opts.lang);
      const watcher = watchProject({
        root,
        out: resolveOut(opts, root, ['.cache']),
        ...(manual ? { manual } : {}),
        ...(langs ? { langs } : {}),
        paper: opts.paper ?? 'letter',
        draft: opts.draft ?? false,
        pandoc: process.env.PROMOKIT_PANDOC || undefined,
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        onReady: () => {
          if (opts.json) jsonLine({ event: 'ready', root: show(root) });
          process.stderr.write(`watching ${show(root)}/manuals${manual ? `/${manual}` : ''} (Ctrl-C to stop)\n`);
        },
        onRebuild: (e) => {
          const part = e.target.part === 'slides' ? ' slides' : '';
          const what = e.target.module ? `${e.target.manual}/${e.target.module}${part}${e.target.lang ? ` [${e.target.lang}]` : ''}` : e.target.manual;
          const outs = [...(e.result?.outputs.filter((o) => !o.upToDate) ?? []), ...(e.slides?.outputs ?? [])].map((o) => show(o.path));
          const time = `${(e.ms / 1000).toFixed(2)} s`;
          if (opts.json) {
            const warnings = e.result?.outputs.flatMap((o) => o.warnings) ?? [];
            const findings = [...stageFindings(warnings, 'warning', 'watch'), ...stageFindings(e.failures, 'error', 'watch')].map(findingJson);
            jsonLine({ event: 'rebuild', target: e.target, ok: e.failures.length === 0, ms: Math.round(e.ms), outputs: outs, findings });
          } else if (e.failures.length) {
            process.stderr.write(`${red('failed')}  ${what} in ${time}\n${e.failures.map((f) => `  ${f.format()}`).join('\n')}\n`);
          } else {
            process.stderr.write(`rebuilt ${what} in ${time}${outs.length ? `: ${outs.join(', ')}` : ' (up to date)'}\n`);
          }
        },
      });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void watcher.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.exitCode = 130;
    });
}
