// The human output: findings grouped under their file (check) or one line
// each (the commands that write files), then the command's closing line.
import { findingLine, type Finding } from '../finding.js';
import { paintWith, type Paint, type Report, type ReportFormat } from './report.js';

const label = (f: Finding, paint: Paint, padded: boolean): string =>
  f.severity === 'error' ? paint(31, padded ? 'error  ' : 'error') : paint(33, 'warning');

function grouped(findings: readonly Finding[], paint: Paint): string[] {
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of findings) {
    const file = f.file ?? '(no file)';
    if (file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint(4, file));
      current = file;
    }
    const at = f.line === undefined ? '' : `${f.line}${f.column ? `:${f.column}` : ''}`;
    lines.push(`  ${at.padStart(4)}  ${label(f, paint, true)}  ${f.message}  ${paint(2, f.rule)}`);
    if (f.hint) lines.push(`${' '.repeat(17)}${paint(2, f.hint)}`);
  }
  if (lines.length) lines.push('');
  return lines;
}

function oneEach(findings: readonly Finding[], paint: Paint): string[] {
  return findings.flatMap((f) => [`${label(f, paint, false)} ${findingLine(f)}`, ...(f.hint ? [`  ${f.hint}`] : [])]);
}

export function renderText(report: Report, color: boolean): string {
  const paint = paintWith(color);
  const plan = report.text;
  const lines = plan.layout === 'grouped' ? grouped(report.findings, paint) : oneEach(report.findings, paint);
  if (plan.summary) lines.push(plan.summary(paint));
  return (plan.head ?? '') + (lines.length ? `${lines.join('\n')}\n` : '');
}

export const text: ReportFormat = {
  name: 'text',
  summary: 'for people; the default',
  machine: false,
  render: (report, context) => ({ stream: report.text.stream, text: renderText(report, context.color(report.text.stream)) }),
};
