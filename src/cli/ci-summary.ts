// The Markdown job summary of the GitHub Action (action.yml): check's and
// build's --json reports turned into findings per manual and a table of the
// PDFs with their page counts. Pure: write-ci-summary.ts reads the files.
import type { FindingJson } from '../findings/finding.js';
import type { z as Z } from 'zod';
import { z } from '../model/schema.js';

const Finding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  file: z.string().nullable(),
  line: z.number().nullable(),
  message: z.string(),
  manual: z.string().nullable(),
});
/** With --shard: which shard the report is of (the summary says so in its title). */
const Shard = z.object({ index: z.number(), total: z.number() }).optional();
const CheckJson = z.object({
  ok: z.boolean(),
  shard: Shard,
  summary: z.object({ manuals: z.number(), modules: z.number(), conferences: z.number(), errors: z.number(), warnings: z.number() }).optional(),
  // check's documented key; a run stopped by a usage error reports under `findings`.
  diagnostics: z.array(Finding).default([]),
  findings: z.array(Finding).default([]),
});
const BuildJson = z.object({
  ok: z.boolean(),
  shard: Shard,
  outputs: z.array(z.object({ manual: z.string(), path: z.string(), pages: z.number(), upToDate: z.boolean() })).default([]),
  findings: z.array(Finding).default([]),
});

type SummaryFinding = Pick<FindingJson, 'rule' | 'severity' | 'file' | 'line' | 'message' | 'manual'>;

/** A report as the action hands it over: its JSON text, or undefined when the step did not run. */
export interface CiReports {
  check?: string | undefined;
  build?: string | undefined;
}

/** Findings listed per manual at most; the JSON reports hold them all. */
export const FINDINGS_PER_MANUAL = 50;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Text safe in a Markdown table cell or list item. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');

type Parsed<T> = { ok: true; value: T } | { ok: false; why: string } | undefined;

function parse<S extends Z.ZodType>(text: string | undefined, schema: S): Parsed<Z.output<S>> {
  if (text === undefined) return undefined;
  if (text.trim() === '') return { ok: false, why: 'it printed no report (see the step log)' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: 'its report is not JSON (see the step log)' };
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, why: 'its report does not have the shape of a promokit --json report' };
}

/** The job summary, in GitHub-flavoured Markdown. */
export function ciSummary(reports: CiReports): string {
  const check = parse(reports.check, CheckJson);
  const build = parse(reports.build, BuildJson);
  const shard = (build?.ok ? build.value.shard : undefined) ?? (check?.ok ? check.value.shard : undefined);
  const lines = [`## promokit${shard ? ` (shard ${shard.index} of ${shard.total})` : ''}`, ''];
  if (!check) lines.push('- **check**: not run');
  else if (!check.ok) lines.push(`- **check**: ❌ ${check.why}`);
  else {
    const s = check.value.summary;
    const counts = s ? `${plural(s.manuals, 'manual')}, ${plural(s.modules, 'module')}, ${plural(s.conferences, 'conference')}: ` : '';
    const all = [...check.value.diagnostics, ...check.value.findings];
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.length - errors;
    lines.push(`- **check**: ${check.value.ok ? '✅' : '❌'} ${counts}${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  if (!build) lines.push('- **build**: not run');
  else if (!build.ok) lines.push(`- **build**: ❌ ${build.why}`);
  else {
    const outs = build.value.outputs;
    const pages = outs.reduce((n, o) => n + o.pages, 0);
    const built = outs.filter((o) => !o.upToDate).length;
    const errors = build.value.findings.filter((f) => f.severity === 'error').length;
    lines.push(
      `- **build**: ${build.value.ok ? '✅' : '❌'} ${plural(outs.length, 'PDF')}, ${plural(pages, 'page')} (${built} built, ${outs.length - built} from the cache)${errors ? `, ${plural(errors, 'error')}` : ''}`,
    );
  }
  const findings: SummaryFinding[] = [...(check?.ok ? [...check.value.diagnostics, ...check.value.findings] : []), ...(build?.ok ? build.value.findings : [])];
  if (findings.length) lines.push('', ...findingsSection(findings));
  if (build?.ok && build.value.outputs.length) {
    lines.push('', '### Outputs', '', '| PDF | manual | pages | |', '|---|---|--:|---|');
    for (const o of build.value.outputs) lines.push(`| ${cell(o.path)} | ${cell(o.manual)} | ${o.pages} | ${o.upToDate ? 'from the cache' : 'built'} |`);
  }
  return `${lines.join('\n')}\n`;
}

function findingsSection(findings: readonly SummaryFinding[]): string[] {
  const byManual = new Map<string, SummaryFinding[]>();
  for (const f of findings) {
    const key = f.manual ?? '(no manual)';
    byManual.set(key, [...(byManual.get(key) ?? []), f]);
  }
  const manuals = [...byManual.keys()].sort();
  const lines = ['### Findings per manual', '', '| manual | errors | warnings |', '|---|--:|--:|'];
  for (const m of manuals) {
    const list = byManual.get(m)!;
    const errors = list.filter((f) => f.severity === 'error').length;
    lines.push(`| ${cell(m)} | ${errors} | ${list.length - errors} |`);
  }
  for (const m of manuals) {
    // Errors first: when a manual has more than the list shows, those are what matter.
    const list = [...byManual.get(m)!].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    lines.push('', `<details><summary>${cell(m)}: ${plural(list.length, 'finding')}</summary>`, '');
    for (const f of list.slice(0, FINDINGS_PER_MANUAL)) {
      const at = f.file ? `\`${f.file}${f.line ? `:${f.line}` : ''}\` ` : '';
      lines.push(`- ${f.severity === 'error' ? '❌' : '⚠️'} ${cell(at)}${cell(f.message)} (${cell(f.rule)})`);
    }
    if (list.length > FINDINGS_PER_MANUAL) lines.push(`- … and ${list.length - FINDINGS_PER_MANUAL} more in the JSON report`);
    lines.push('', '</details>');
  }
  return lines;
}
