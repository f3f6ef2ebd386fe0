// GitHub Actions workflow commands: one annotation per finding.
import type { CheckResult } from '../run-check.js';

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(result: CheckResult): string {
  const lines = result.diagnostics.map(
    (d) =>
      `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},title=${escapeProperty(d.rule)}::${escapeData(d.message)}`,
  );
  const s = result.summary;
  lines.push(`promokit check: ${s.errors} errors, ${s.warnings} warnings in ${s.modules} modules`);
  return `${lines.join('\n')}\n`;
}
