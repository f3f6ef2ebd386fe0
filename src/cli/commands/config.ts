// `promokit config`: the settings a command run here would use, and where
// each came from (its default, the settings file, a flag, the environment).
import { relative } from 'node:path';
import type { Command } from 'commander';
import { parseBookletSheet, parseSignature } from '../../assemble/booklet-plan.js';
import { CONFIG_FILE, configFor, effectiveSettings, SETTINGS, type EffectiveSetting } from '../config.js';
import { findRoot, parsePaper } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

export function registerConfig(program: Command): void {
  const cmd = program
    .command('config')
    .description(`print the settings in effect here and where each came from (${CONFIG_FILE} or "promokit" in package.json, found in this folder or above)`)
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)')
    .option('--out <dir>', 'output folder', 'out')
    .option('--paper <size>', 'letter or a4', parsePaper, 'letter')
    .option('--layout <layout>', 'bilingual edition layout', 'parallel')
    .option('--lang <list>', 'languages, comma-separated')
    .option('--jobs <n>', 'pandoc-wasm threads')
    .option('--sheet <size>', 'booklet sheet', parseBookletSheet)
    .option('--signature <sheets>', 'booklet signature', parseSignature)
    .option('--pandoc <name|path>', 'a system pandoc')
    .option('--cache-url <url>', 'a remote HTTP cache');
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Takes the same setting flags as the other commands, to show what they would do:
  promokit config                 the settings, with default / file / flag / environment
  promokit config --paper a4      the flag wins over the file
  promokit config --json          the same as JSON

Settings file (flags override it; paths are relative to it):
  ${SETTINGS.map((s) => s.name).join(', ')}`,
    )
    .action(async (opts: FormatOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('config', format, () => {
        const loaded = configFor(cmd);
        const settings = effectiveSettings(cmd, loaded);
        // The format this command itself prints in is the format setting.
        const formatFlag = cmd.getOptionValueSource('json') === 'cli' || cmd.getOptionValueSource('format') === 'cli';
        settings.format = formatFlag ? { value: format.name, source: 'flag' } : { ...settings.format!, value: format.name };
        const root = settings.root!.value === null ? { ...settings.root!, value: findRoot(process.cwd()) ?? null } : settings.root!;
        settings.root = root;
        const cwd = process.cwd();
        const shown = (p: string): string => relative(cwd, p) || p;
        printReport(format, {
          command: 'config',
          ok: true,
          findings: [],
          data: { file: loaded?.file ?? null, settings },
          text: { stream: 'stdout', layout: 'lines', head: table(settings, loaded ? shown(loaded.file) : undefined) },
        });
      });
    });
}

function sourceText(s: EffectiveSetting, name: string, file: string | undefined): string {
  if (s.source === 'config') return file ?? 'settings file';
  if (s.source === 'environment') return `environment (${s.from})`;
  if (s.source === 'flag') return 'flag';
  const byDefault = SETTINGS.find((x) => x.name === name)?.byDefault;
  return `default${byDefault ? `: ${byDefault}` : ''}`;
}

function table(settings: Record<string, EffectiveSetting>, file: string | undefined): string {
  const rows = Object.entries(settings).map(([name, s]) => [name, s.value === null ? '-' : String(s.value), sourceText(s, name, file)]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`.trimEnd());
  const head = file ? `settings file: ${file}` : `settings file: none (${CONFIG_FILE} or "promokit" in package.json, here or above)`;
  return `${head}\n${lines.join('\n')}\n`;
}
