// The entry point: parse argv, run one command, map failures to exit codes.
// Commands only parse options and call the library; the library never prints or exits.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { ExitCode, PromokitError } from '../errors.js';
import { applyConfig } from './config.js';
import { forgetNotedPaths, isOsError, osErrorReport } from './os-error.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

type Register = (program: Command) => void;

/**
 * Each command's module, by the names it registers. Loaded only when wanted:
 * `promokit build` loads the build command and not the fourteen others (their
 * libraries, the check rules…), about 0.1 s of every start-up.
 */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['check'], load: async () => (await import('./commands/check.js')).registerCheck },
  { names: ['build'], load: async () => (await import('./commands/build.js')).registerBuild },
  { names: ['stamp'], load: async () => (await import('./commands/stamp.js')).registerStamp },
  { names: ['ids'], load: async () => (await import('./commands/ids.js')).registerIds },
  { names: ['init', 'new'], load: async () => (await import('./commands/scaffold.js')).registerScaffold },
  { names: ['watch'], load: async () => (await import('./commands/watch.js')).registerWatch },
  { names: ['slides'], load: async () => (await import('./commands/slides.js')).registerSlides },
  { names: ['packet'], load: async () => (await import('./commands/packet.js')).registerPacket },
  { names: ['report'], load: async () => (await import('./commands/report.js')).registerReport },
  { names: ['handout'], load: async () => (await import('./commands/handout.js')).registerHandout },
  { names: ['config'], load: async () => (await import('./commands/config.js')).registerConfig },
  { names: ['signin'], load: async () => (await import('./commands/signin.js')).registerSignin },
  { names: ['scores'], load: async () => (await import('./commands/scores.js')).registerScores },
  { names: ['roster'], load: async () => (await import('./commands/roster.js')).registerRoster },
  { names: ['merge-reports'], load: async () => (await import('./commands/merge-reports.js')).registerMergeReports },
];

/**
 * The commands `argv` may run: only the one it names, else (help, --version,
 * an unknown or misspelled name) all of them, in the help's order.
 */
function wantedCommands(argv: readonly string[]): typeof COMMANDS {
  const named = COMMANDS.find((c) => c.names.includes(argv[2] ?? ''));
  return named ? [named] : COMMANDS;
}

export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('promokit')
    .description('Check and build bilingual training manuals, slides, handouts and conference packets.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await Promise.all(wantedCommands(argv).map((c) => c.load()))) register(program);
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
  const program = await createProgram(argv);
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
