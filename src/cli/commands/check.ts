import type { Command } from 'commander';
import { formatGithub } from '../../check/report/github.js';
import { formatJson } from '../../check/report/json.js';
import { formatJunit } from '../../check/report/junit.js';
import { formatText } from '../../check/report/text.js';
import { runCheck } from '../../check/run-check.js';
import { ExitCode, UsageError } from '../../errors.js';
import { loadProject } from '../../model/load-project.js';
import { resolveRoot, useColor, type CommonOptions } from '../common.js';

interface CheckCliOptions extends CommonOptions {
  format: string;
  strict?: boolean;
  today?: string;
}

const FORMATS = ['text', 'json', 'junit', 'github'];

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate manuals, modules and conferences; writes no files')
    .argument('[paths...]', 'manuals, modules, conferences or files to check (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--json', 'same as --format json')
    .option('--strict', 'treat warnings as errors')
    .option('--today <date>', 'the date review-overdue compares with (YYYY-MM-DD; default today)')
    .option('--quiet', 'print nothing but errors (text format)')
    .addHelpText(
      'after',
      `
Examples:
  promokit check                                   every manual and conference
  promokit check manuals/salud-mental              one manual
  promokit check manuals/salud-mental/modules/02-duelo-migratorio
  promokit check --format github --strict          in a GitHub Actions workflow
  promokit check --format junit > check.xml        for CI test reports

Exit codes: 0 no errors, 1 errors found, 2 usage error.`,
    )
    .action((paths: string[], opts: CheckCliOptions) => {
      const format = opts.json ? 'json' : opts.format;
      if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
      if (opts.today && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new UsageError('--today must be a date written YYYY-MM-DD');
      const root = resolveRoot(opts);
      const loaded = loadProject(root, paths, process.cwd());
      let result = runCheck(loaded, { strict: opts.strict, today: opts.today });
      if (opts.quiet && format === 'text') result = { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
      const out =
        format === 'json' ? formatJson(result)
        : format === 'junit' ? formatJunit(result, loaded.project)
        : format === 'github' ? formatGithub(result)
        : formatText(result, { color: useColor() });
      process.stdout.write(out);
      process.exitCode = result.ok ? ExitCode.ok : ExitCode.sourceError;
    });
}
