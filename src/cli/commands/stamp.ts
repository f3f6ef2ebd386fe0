import type { Command } from 'commander';
import { resolveModule } from '../../edit/resolve-module.js';
import { stampTranslation } from '../../edit/stamp.js';
import { recoveredLine, resolveRoot, type CommonOptions } from '../common.js';
import { addFormatOptions, parseFormats, printReport, runReported, type FormatOptions } from '../output-format.js';

export function registerStamp(program: Command): void {
  const cmd = program
    .command('stamp')
    .description("record in a translation's front matter the hash of each section of the source-language file it matches")
    .argument('<module>', 'module folder, or <manual-id>/<NN-slug>')
    .argument('<lang>', 'language of the translation to stamp')
    .option('--root <dir>', 'project folder (default: nearest folder holding manuals/)');
  addFormatOptions(cmd)
    .addHelpText(
      'after',
      `
Run it after translating or updating a translation. "promokit check" then names
every section of the source that changed since (rule translation-stale).
Only the source_hashes and stamped lines change; comments, line ends and the
body stay as written. A file with old-Mac (CR-only) line ends or a front matter
that is never closed is refused, unchanged.

Examples:
  promokit stamp manuals/salud-mental/modules/01-estres-migrar en
  promokit stamp salud-mental/01-estres-migrar en`,
    )
    .action(async (moduleArg: string, lang: string, opts: CommonOptions & FormatOptions) => {
      const { report: format } = parseFormats(opts);
      await runReported('stamp', format, async () => {
        const root = resolveRoot(opts);
        const where = resolveModule(root, moduleArg, process.cwd());
        const r = await stampTranslation(root, where, lang, new Date().toISOString().slice(0, 10));
        printReport(format, {
          command: 'stamp',
          ok: true,
          findings: [],
          data: { file: r.file, source: r.source, sections: r.sections, recovered: r.recovered },
          text: {
            stream: 'stderr',
            layout: 'lines',
            summary: () => `${recoveredLine(r.recovered)}wrote source_hashes (${r.sections} sections of ${r.source}) into ${r.file}`,
          },
        });
      });
    });
}
