// `promokit watch [manual-id]`: one line per rebuild, errors shown, never exits on them.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { findingJson } from '../../findings/finding.js';
import { JSON_SHAPE_VERSION } from '../../findings/report/json.js';
import { parseLangs, parsePaper, resolveOut, resolveRoot, useColor, type CommonOptions } from '../common.js';
import { stageFindings } from '../stage-findings.js';

interface WatchCliOptions extends CommonOptions {
  draft?: boolean;
  format: string;
  port: number;
}

/** The preview's port when none is given: Vite's preview port, rarely taken by anything else. */
export const DEFAULT_PORT = 4173;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (0: any free port), not "${value}"`);
  return port;
}

/** `--format html,json`: what to rebuild (pdf and/or html, default pdf) and how to report (text, or json as --json). */
function parseWatchFormats(value: string): { formats: ('pdf' | 'html')[]; json: boolean } {
  const list = value.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = list.filter((f) => !['pdf', 'html', 'text', 'json'].includes(f));
  if (bad.length || list.length === 0) throw new UsageError(`--format takes pdf, html (or both), and text or json, not "${bad.join(',') || value}"`);
  const formats = [...new Set(list.filter((f): f is 'pdf' | 'html' => f === 'pdf' || f === 'html'))];
  return { formats: formats.length ? formats : ['pdf'], json: list.includes('json') };
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
    .option('--format <list>', 'what to rebuild: pdf, html (the phone edition, served on localhost with live reload) or pdf,html; json as --json', 'pdf')
    .option('--port <n>', `with --format html: the preview's port on 127.0.0.1 (0: any free port)`, parsePort, DEFAULT_PORT)
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

With --format html the HTML edition is built first, then served on
http://127.0.0.1:<port>/ (the page list at /): a saved module, manual.yaml,
glossary.yaml or image rebuilds the manual's pages and the open page reloads.
The reload script is added to what the server sends, never to the files.

Examples:
  promokit watch salud-mental          then edit manuals/salud-mental/modules/…/es.md
  promokit watch salud-mental --format html --port 8080`,
    )
    .action(async (manual: string | undefined, opts: WatchCliOptions) => {
      const { formats, json } = parseWatchFormats(opts.format);
      if (json) opts.json = true;
      const { watchProject } = await import('../../watch/watch.js');
      const root = resolveRoot(opts);
      const out = resolveOut(opts, root, ['.cache']);
      const color = useColor(process.stderr);
      const red = (s: string): string => (color ? `\x1b[31m${s}\x1b[39m` : s);
      const show = (p: string): string => relative(process.cwd(), p) || '.';
      const langs = parseLangs(opts.lang);
      const preview = formats.includes('html') ? await startHtmlPreview({ root, out, manual, langs, port: opts.port, json: Boolean(opts.json) }) : undefined;
      const watcher = watchProject({
        root,
        out,
        formats,
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
          const pages = e.html?.outputs.filter((o) => !o.upToDate).map((o) => o.path) ?? [];
          const outs = [...(e.result?.outputs.filter((o) => !o.upToDate) ?? []), ...(e.slides?.outputs ?? [])].map((o) => show(o.path)).concat(pages.map(show));
          const time = `${(e.ms / 1000).toFixed(2)} s`;
          if (opts.json) {
            const warnings = [...(e.result?.outputs.flatMap((o) => o.warnings) ?? []), ...(e.html?.outputs.flatMap((o) => o.warnings) ?? [])];
            const findings = [...stageFindings(warnings, 'warning', 'watch'), ...stageFindings(e.failures, 'error', 'watch')].map(findingJson);
            jsonLine({ event: 'rebuild', target: e.target, ok: e.failures.length === 0, ms: Math.round(e.ms), outputs: outs, findings });
          } else if (e.failures.length) {
            process.stderr.write(`${red('failed')}  ${what} in ${time}\n${e.failures.map((f) => `  ${f.format()}`).join('\n')}\n`);
          } else {
            process.stderr.write(`rebuilt ${what} in ${time}${outs.length ? `: ${outs.join(', ')}` : ' (up to date)'}\n`);
          }
          preview?.failed(e.failures.map((f) => f.format()));
          if (!e.failures.length && pages.length) preview?.reload(pages);
        },
      });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void Promise.all([watcher.close(), preview?.close()]).then(() => resolve());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      process.exitCode = 130;
    });
}

/** Builds the HTML edition once, serves the output folder and says where: the first manual's page with every language. */
async function startHtmlPreview(req: { root: string; out: string; manual: string | undefined; langs: string[] | undefined; port: number; json: boolean }) {
  const [{ buildHtmlEdition }, { startPreview }] = await Promise.all([import('./html-edition.js'), import('../../watch/preview-server.js')]);
  const built = await buildHtmlEdition({ root: req.root, out: req.out, manuals: req.manual ? [req.manual] : [], langs: req.langs, perModule: false, quiet: req.json });
  for (const f of built.failures) process.stderr.write(`  ${f.format()}\n`);
  const server = await startPreview({ dir: req.out, port: req.port });
  const first = built.files.map((f) => relative(req.out, f.path).split('\\').join('/')).find((p) => !/\.[a-z]{2,3}\.html$/.test(p)) ?? '';
  const url = `${server.url}${first}`;
  if (req.json) jsonLine({ event: 'serving', url, port: server.port });
  process.stderr.write(`serving ${url} (every page: ${server.url})\n`);
  return server;
}
