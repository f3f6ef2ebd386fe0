import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { initProject, newModule } from '../../edit/scaffold.js';
import { resolveRoot, type CommonOptions } from '../common.js';
import { noteOutputFolder } from '../os-error.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

const today = (): string => new Date().toISOString().slice(0, 10);

const listed = (files: readonly string[]): string => files.map((f) => `  ${f}`).join('\n');

export function registerScaffold(program: Command): void {
  const init = program
    .command('init')
    .description('create a project: package.json, README.md, promokit.config.yaml, one manual with one module in es and en, a conference skeleton')
    .argument('[dir]', 'folder to create it in', '.');
  addFormatOptions(init)
    .addHelpText('after', '\nExamples:\n  promokit init mis-manuales\n  cd mis-manuales && promokit check\n\nThe project does not depend on promokit: it uses the promokit installed on the\ncomputer (npm install -g <tarball or git URL>; its README.md says how).')
    .action(async (dir: string, opts: FormatOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('init', format, async () => {
        const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };
        noteOutputFolder(resolve(dir)); // a system error making it is about this folder (exit 2)
        const r = await initProject(resolve(dir), today(), version);
        printReport(format, {
          command: 'init',
          ok: true,
          findings: [],
          data: { root: r.root, files: r.files },
          text: { stream: 'stderr', layout: 'lines', summary: () => `created in ${r.root}:\n${listed(r.files)}` },
        });
      });
    });

  const create = program.command('new').description('add sources to a project');
  const module = create
    .command('module')
    .description('add a module folder, numbered after the last one, with every required section in every language')
    .argument('<manual-id>', 'the manual (folder name under manuals/)')
    .argument('<slug>', 'lowercase words with dashes, e.g. duelo-migratorio')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)');
  addFormatOptions(module)
    .addHelpText('after', '\nExample:\n  promokit new module salud-mental autocuidado     → modules/05-autocuidado/{es,en}.md')
    .action(async (manualId: string, slug: string, opts: CommonOptions & FormatOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('new', format, async () => {
        const r = await newModule(resolveRoot(opts), manualId, slug, today());
        printReport(format, {
          command: 'new',
          ok: true,
          findings: [],
          data: { module: r.moduleId, files: r.files },
          text: { stream: 'stderr', layout: 'lines', summary: () => `created module ${r.moduleId}:\n${listed(r.files)}` },
        });
      });
    });
}
