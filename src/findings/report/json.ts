// `--format json` (and --json): one JSON object on stdout. Its shape is
// documented: keys may be added, never renamed; `version` changes only when
// a key is renamed or removed.
import { findingJson } from '../finding.js';
import type { ReportFormat } from './report.js';

/** The shape version every command's JSON starts with. */
export const JSON_SHAPE_VERSION = 1;

export const json: ReportFormat = {
  name: 'json',
  summary: 'one JSON object',
  machine: true,
  render(report) {
    const body = {
      version: JSON_SHAPE_VERSION,
      ok: report.ok,
      ...report.data,
      [report.findingsKey ?? 'findings']: report.findings.map(findingJson),
    };
    return { stream: 'stdout', text: `${JSON.stringify(body, null, 2)}\n` };
  },
};
