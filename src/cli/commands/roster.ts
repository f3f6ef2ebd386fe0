// `promokit roster <conference> --format csv|json`: who attended what, contact
// hours and certificate numbers, on stdout (or --output).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../write-atomic.js';
import type { CommonOptions } from '../common.js';
import { loadEvent } from './signin.js';

interface RosterCliOptions extends CommonOptions {
  format: 'csv' | 'json';
  output?: string;
}

function parseRosterFormat(value: string): 'csv' | 'json' {
  if (value !== 'csv' && value !== 'json') throw new UsageError(`--format ${value}: write csv or json`);
  return value;
}

export function registerRoster(program: Command): void {
  program
    .command('roster')
    .description('who attended which sessions, contact hours and certificate numbers, as CSV or JSON')
    .argument('<conference>', 'conference.yaml, or its folder')
    .option('--format <kind>', 'csv or json', parseRosterFormat, 'csv' as const)
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('--root <dir>', 'project folder (default: the one holding the conference)')
    .action(async (target: string, opts: RosterCliOptions) => {
      const event = await loadEvent(target, opts);
      const { roster, rosterCsv } = await import('../../records/roster.js');
      const r = roster(event.config, event.attendees);
      const text = opts.format === 'json' ? `${JSON.stringify(r, null, 2)}\n` : rosterCsv(r);
      if (opts.output) await writeFileAtomic(resolve(opts.output), text);
      else process.stdout.write(text);
    });
}
