import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { initProject, newModule } from '../../edit/scaffold.js';
import { resolveRoot, type CommonOptions } from '../common.js';
import { noteOutputFolder } from '../os-error.js';

const today = (): string => new Date().toISOString().slice(0, 10);

export function registerScaffold(program: Command): void {
  program
    .command('init')
    .description('create a project: package.json, one manual with one module in es and en, a conference skeleton')
    .argument('[dir]', 'folder to create it in', '.')
    .addHelpText('after', '\nExamples:\n  promokit init mis-manuales\n  cd mis-manuales && npm install && npx promokit check')
    .action(async (dir: string) => {
      const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };
      noteOutputFolder(resolve(dir)); // a system error making it is about this folder (exit 2)
      const r = await initProject(resolve(dir), today(), version);
      process.stderr.write(`created in ${r.root}:\n${r.files.map((f) => `  ${f}`).join('\n')}\n`);
    });

  const create = program.command('new').description('add sources to a project');
  create
    .command('module')
    .description('add a module folder, numbered after the last one, with every required section in every language')
    .argument('<manual-id>', 'the manual (folder name under manuals/)')
    .argument('<slug>', 'lowercase words with dashes, e.g. duelo-migratorio')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .addHelpText('after', '\nExample:\n  promokit new module salud-mental autocuidado     → modules/05-autocuidado/{es,en}.md')
    .action(async (manualId: string, slug: string, opts: CommonOptions) => {
      const r = await newModule(resolveRoot(opts), manualId, slug, today());
      process.stderr.write(`created module ${r.moduleId}:\n${r.files.map((f) => `  ${f}`).join('\n')}\n`);
    });
}
