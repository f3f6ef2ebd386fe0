// The report workflow: pick manuals, compute, write out/<id>/report.html.
// Returns what to print; never prints or exits.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { LoadedProject } from '../model/load-project.js';
import { writeFileAtomic } from '../write-atomic.js';
import { computeReport, type ManualReport } from './compute.js';
import { formatReportHtml } from './html.js';
import { formatReportText } from './text.js';

export interface ReportOptions {
  /** Manual ids; empty = every manual. */
  manualIds: readonly string[];
  /** Absolute output folder (`--out`). */
  outDir: string;
  /** Languages to show (`--lang`); default every language of each manual. */
  langs?: readonly string[];
}

export interface ReportResult {
  reports: { report: ManualReport; text: string; htmlPath: string }[];
  /** Manuals named or found whose manual.yaml could not be read: `check` says why. */
  failed: string[];
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
  const result: ReportResult = { reports: [], failed: loaded.brokenManuals.filter(wanted) };
  for (const manual of project.manuals) {
    if (!wanted(manual.id)) continue;
    const langs = options.langs ? manual.config.languages.filter((l) => options.langs!.includes(l)) : manual.config.languages;
    const report = computeReport(manual, langs);
    const htmlPath = join(options.outDir, manual.id, 'report.html');
    await writeFileAtomic(htmlPath, formatReportHtml(report, manual.config));
    result.reports.push({ report, text: formatReportText(report, manual.config), htmlPath });
  }
  return result;
}
