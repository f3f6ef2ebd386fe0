// Human-readable findings, grouped by file, with a summary line.
import type { CheckResult } from '../run-check.js';

export interface TextStyle {
  color: boolean;
}

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatText(result: CheckResult, style: TextStyle = { color: false }): string {
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of result.diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint(style.color, 4, d.file));
      current = d.file;
    }
    const sev = d.severity === 'error' ? paint(style.color, 31, 'error  ') : paint(style.color, 33, 'warning');
    lines.push(`  ${String(d.line).padStart(4)}  ${sev}  ${d.message}  ${paint(style.color, 2, d.rule)}`);
  }
  if (lines.length) lines.push('');
  const s = result.summary;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
  lines.push(
    `${plural(s.manuals, 'manual')}, ${plural(s.modules, 'module')}, ${plural(s.conferences, 'conference')}: ` +
      (s.errors ? paint(style.color, 31, counts) : s.warnings ? paint(style.color, 33, counts) : paint(style.color, 32, counts)),
  );
  return `${lines.join('\n')}\n`;
}
