// `promokit report` as plain text: one aligned table per manual.
import type { ManualConfig } from '../model/schema.js';
import { cellOf, columnsOf } from './columns.js';
import type { ManualReport } from './compute.js';

function pad(s: string, width: number, right: boolean): string {
  const len = [...s].length;
  return right ? ' '.repeat(width - len) + s : s + ' '.repeat(width - len);
}

export function formatReportText(report: ManualReport, config: Pick<ManualConfig, 'readability'>): string {
  const cols = columnsOf(report, config.readability ?? {});
  const rows: string[][] = [];
  const langRow = ['', ...cols.map((c, i) => (i === 0 || cols[i - 1]!.lang !== c.lang ? c.lang : ''))];
  rows.push(langRow);
  rows.push(['module', ...cols.map((c) => c.header)]);
  let anyHard = false;
  for (const m of report.modules) {
    rows.push([
      m.id,
      ...cols.map((c) => {
        const cell = cellOf(m, c);
        if (cell.hard) anyHard = true;
        return cell.hard ? `${cell.text}*` : cell.text;
      }),
    ]);
  }
  if (cols.some((c) => c.target)) rows.push(['target', ...cols.map((c) => c.target ?? '')]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const numericCol = (i: number): boolean => i > 0 && cols[i - 1]!.header !== 'reviewed';
  const lines = rows.map((r, k) =>
    r
      .map((s, i) => pad(s, widths[i]!, k >= 2 && numericCol(i)))
      .join('  ')
      .trimEnd(),
  );
  const legend = [
    'FH Fernández-Huerta, SzP Szigriszt-Pazos (higher is easier); FK Flesch–Kincaid grade, SMOG grade (lower is easier);',
    'ratio = words of the translation / words of the source; stale = source sections changed since the translation was stamped.',
  ];
  if (anyHard) legend.push('* harder to read than the target of manual.yaml');
  return `${report.id}: ${report.title}\n\n${lines.join('\n')}\n\n${legend.join('\n')}\n${plainText(report)}`;
}

/** Findings per module and rule, the ones that have any; the HTML lists their lines. */
function plainText(report: ManualReport): string {
  if (!report.plain) return '';
  const rows = report.plain.modules.flatMap((m) => {
    const counts = report.plain!.rules.filter((r) => (m.counts[r] ?? 0) > 0).map((r) => `${r} ${m.counts[r]}`);
    return counts.length ? [`  ${m.module}: ${counts.join(', ')}`] : [];
  });
  if (report.plain.manual.length) rows.push(`  manual.yaml and glossary: ${report.plain.manual.length}`);
  return `\nplain language and glyphs:\n${rows.length ? rows.join('\n') : '  no findings'}\n`;
}
