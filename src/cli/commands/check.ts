import type { Command } from 'commander';
import { checkReport } from '../../check/report/check-report.js';
import { loadPassiveFinder } from '../../check/readability/passive.js';
import { runCheck } from '../../check/run-check.js';
import { ExitCode, UsageError } from '../../errors.js';
import { loadProject } from '../../model/load-project.js';
import { resolveRoot, type CommonOptions } from '../common.js';
import { addShardOption, type ShardCliOptions } from '../scale-options.js';
import { scopeOf, shardCheck } from '../../check/shard-check.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

interface CheckCliOptions extends CommonOptions, FormatOptions, ShardCliOptions {
  strict?: boolean;
  today?: string;
  passive?: boolean;
}

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description('validate manuals, modules and events (conferences, trainings, exchanges); writes no files')
    .argument('[paths...]', 'manuals, modules, events or files to check (default: all)')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)');
  addFormatOptions(cmd)
    .option('--strict', 'treat warnings as errors')
    .option('--today <date>', 'the date review-overdue compares with (YYYY-MM-DD; default today)')
    .option('--quiet', 'print nothing but errors (text format)')
    .option('--passive', 'passive-voice hints for the English text of every manual (as plain_language.passive: true; slower)');
  addShardOption(cmd, "by manual and module (each shard checks everything and reports its share's findings)")
    .addHelpText(
      'after',
      `
Examples:
  promokit check                                   every manual and event
  promokit check manuals/salud-mental              one manual
  promokit check manuals/salud-mental/modules/02-duelo-migratorio
  promokit check --format github --strict          in a GitHub Actions workflow
  promokit check --format junit > check.xml        for CI test reports
  promokit check --passive                         with passive-voice hints for English text

Exit codes: 0 no errors, 1 errors found, 2 usage error.`,
    )
    .action(async (paths: string[], opts: CheckCliOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('check', format, async () => {
        if (opts.today && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new UsageError('--today must be a date written YYYY-MM-DD');
        const root = resolveRoot(opts);
        const loaded = loadProject(root, paths, process.cwd());
        // retext is loaded only when a manual asks for passive-voice hints.
        const passive = opts.passive || loaded.project.manuals.some((m) => m.config.plain_language?.passive) ? await loadPassiveFinder() : undefined;
        const whole = runCheck(loaded, { strict: opts.strict, today: opts.today, ...(passive ? { passive, passiveEveryManual: Boolean(opts.passive) } : {}) });
        const sharded = opts.shard ? shardCheck(whole, scopeOf(loaded), opts.shard) : undefined;
        const result = sharded?.result ?? whole;
        printReport(format, checkReport(result, loaded.project, { errorsOnly: Boolean(opts.quiet) && format.name === 'text', ...(sharded ? { shard: sharded.shard } : {}) }));
        process.exitCode = result.ok ? ExitCode.ok : ExitCode.sourceError;
      });
    });
}
