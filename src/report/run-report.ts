// The report workflow: pick manuals, compute, write out/<id>/report.html.
// Returns what to print; never prints or exits.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { LoadedProject } from '../model/load-project.js';
import { writeFileAtomic } from '../write-atomic.js';
import { computeReport, type ManualReport } from './compute.js';
import { readabilityHistory } from './history.js';
import { formatReportHtml } from './html.js';
import { plainFindings } from './plain-findings.js';
import { loadPassiveFinder } from '../check/readability/passive.js';
import { formatReportText } from './text.js';

export interface ReportOptions {
  /** Manual ids; empty = every manual. */
  manualIds: readonly string[];
  /** Absolute output folder (`--out`). */
  outDir: string;
  /** Languages to show (`--lang`); default every language of each manual. */
  langs?: readonly string[];
  /** `--history`: readability of the last this many commits of each module, from git. */
  history?: number;
}

export interface ReportResult {
  reports: { report: ManualReport; text: string; htmlPath: string }[];
  /** Manuals named or found whose manual.yaml could not be read: `check` says why. */
  failed: string[];
  /** Why something asked for was left out (`--history` without git): printed, and in the JSON's findings. */
  warnings: string[];
}

export async function runReport(loaded: LoadedProject, options: ReportOptions): Promise<ReportResult> {
  const { project } = loaded;
  const known = new Set([...project.manuals.map((m) => m.id), ...loaded.brokenManuals]);
  for (const id of options.manualIds) {
    if (!known.has(id)) {
      const all = project.manuals.map((m) => m.id).join(', ') || 'none';
      throw new UsageError(`no manual "${id}" in manuals/ (manuals: ${all})`);
    }
  }
  const wanted = (id: string): boolean => options.manualIds.length === 0 || options.manualIds.includes(id);
  const result: ReportResult = { reports: [], failed: loaded.brokenManuals.filter(wanted), warnings: [] };
  const chosen = project.manuals.filter((m) => wanted(m.id));
  // passive-voice is always on in the report: retext is loaded once, only when there is a manual to read.
  const passive = chosen.length > 0 ? await loadPassiveFinder() : undefined;
  for (const manual of chosen) {
    const langs = options.langs ? manual.config.languages.filter((l) => options.langs!.includes(l)) : manual.config.languages;
    const report = computeReport(manual, langs);
    report.plain = plainFindings(manual, langs, passive);
    report.history = null;
    let historyWarning: string | undefined;
    if (options.history !== undefined) {
      const outcome = await readabilityHistory(project.root, manual, langs, options.history);
      if ('history' in outcome) report.history = outcome.history;
      else historyWarning = outcome.warning;
      // One warning for the run, not one per manual.
      if (historyWarning && !result.warnings.includes(historyWarning)) result.warnings.push(historyWarning);
    }
    const htmlPath = join(options.outDir, manual.id, 'report.html');
    await writeFileAtomic(htmlPath, formatReportHtml(report, manual.config, historyWarning));
    result.reports.push({ report, text: formatReportText(report, manual.config), htmlPath });
  }
  return result;
}
