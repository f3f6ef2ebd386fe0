import type { Command } from 'commander';
import { addSectionIds } from '../../edit/add-ids.js';
import { resolveModule } from '../../edit/resolve-module.js';
import { recoveredLine, resolveRoot, type CommonOptions } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

export function registerIds(program: Command): void {
  const cmd = program
    .command('ids')
    .description('add matching {#id}s to the level-2 headings of every language of a module written without them')
    .argument('<module>', 'module folder, or <manual-id>/<NN-slug>')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)');
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Ids come from the source language's headings ("## ¿Qué es el estrés?" gets
{#que-es-el-estres}) and go on the heading at the same position in every
language. Headings that already have an id keep it. Nothing is changed when the
languages have a different number of sections. The files of the module change
together, all or none, even if the command is stopped.

Example:
  promokit ids manuals/salud-mental/modules/01-estres-migrar`,
    )
    .action(async (moduleArg: string, opts: CommonOptions & FormatOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('ids', format, async () => {
        const root = resolveRoot(opts);
        const r = await addSectionIds(root, resolveModule(root, moduleArg, process.cwd()));
        printReport(format, {
          command: 'ids',
          ok: true,
          findings: [],
          data: { files: r.files, ids: r.ids, recovered: r.recovered },
          text: {
            stream: 'stderr',
            layout: 'lines',
            summary: () =>
              recoveredLine(r.recovered) +
              (r.files.length ? `added ids to ${r.files.join(', ')}: ${r.ids.map((i) => `#${i}`).join(' ')}` : 'every heading already has an id; nothing changed'),
          },
        });
      });
    });
}
