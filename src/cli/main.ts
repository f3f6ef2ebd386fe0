// The entry point: parse argv, run one command, map failures to exit codes.
// Commands only parse options and call the library; the library never prints or exits.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ExitCode, PromokitError } from '../errors.js';
import { registerCheck } from './commands/check.js';
import { registerBuild } from './commands/build.js';
import { registerStamp } from './commands/stamp.js';
import { registerIds } from './commands/ids.js';
import { registerScaffold } from './commands/scaffold.js';
import { registerWatch } from './commands/watch.js';
import { registerSlides } from './commands/slides.js';
import { registerPacket } from './commands/packet.js';
import { registerReport } from './commands/report.js';
import { registerHandout } from './commands/handout.js';
import { registerConfig } from './commands/config.js';
import { registerSignin } from './commands/signin.js';
import { registerScores } from './commands/scores.js';
import { registerRoster } from './commands/roster.js';
import { registerMergeReports } from './commands/merge-reports.js';
import { applyConfig } from './config.js';
import { forgetNotedPaths, isOsError, osErrorReport } from './os-error.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export function createProgram(): Command {
  const program = new Command('promokit')
    .description('Check and build bilingual training manuals, slides, handouts and conference packets.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCheck(program);
  registerBuild(program);
  registerStamp(program);
  registerIds(program);
  registerScaffold(program);
  registerWatch(program);
  registerSlides(program);
  registerPacket(program);
  registerReport(program);
  registerHandout(program);
  registerConfig(program);
  registerSignin(program);
  registerScores(program);
  registerRoster(program);
  registerMergeReports(program);
  // The settings file, applied once for every command: options the command
  // line left at their default take the file's values.
  program.hook('preAction', (_program, actionCommand) => {
    applyConfig(actionCommand);
  });
  const override = (c: Command): void => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}

/** Runs the CLI and returns the exit code (bin/promokit.js sets it). */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  forgetNotedPaths();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; anything else is a usage error.
      return err.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (err instanceof PromokitError) {
      process.stderr.write(`promokit: ${err.format()}\n`);
      return err.exitCode;
    }
    if (isOsError(err)) {
      // EACCES, ENOTDIR, ENOSPC…: a place that cannot be read or written, said in words.
      const report = osErrorReport(err);
      process.stderr.write(`promokit: ${report.message}\n`);
      if (process.env.PROMOKIT_DEBUG) process.stderr.write(`${err.stack}\n`);
      return report.exitCode;
    }
    // A bug of ours, not bad input: still no stack trace unless asked for.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`promokit: internal error: ${message}\n`);
    if (process.env.PROMOKIT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return ExitCode.sourceError;
  }
}
