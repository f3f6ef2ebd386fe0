// The output formats every command's --format accepts. To add one, copy a
// file beside this one (github.ts is the shortest) and list it here.
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { ReportFormat } from './report.js';
import { text } from './text.js';

export const REPORT_FORMATS: readonly ReportFormat[] = [text, json, github, junit];

export const REPORT_FORMAT_NAMES: readonly string[] = REPORT_FORMATS.map((f) => f.name);

export function reportFormat(name: string): ReportFormat | undefined {
  return REPORT_FORMATS.find((f) => f.name === name);
}
