// The JSON shape the README documents for `check --format json`: fields may be added, never renamed.
import type { CheckResult } from '../run-check.js';

export function formatJson(result: CheckResult): string {
  return `${JSON.stringify({ ok: result.ok, summary: result.summary, diagnostics: result.diagnostics }, null, 2)}\n`;
}
