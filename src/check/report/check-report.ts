// What check hands the reporters (src/findings/report): its findings, the
// closing line counting manuals, modules and conferences, and a JUnit case
// for each module and language, manual and conference.
import type { JunitCase, JunitPlan, Report } from '../../findings/report/report.js';
import type { CheckResult } from '../run-check.js';
import type { ShardSummary } from '../../shard.js';

/** What the report reads of the project (a Project has it). */
export interface ReportOutline {
  manuals: readonly { id: string; config: { languages: readonly string[] }; modules: readonly { id: string }[] }[];
  conferences: readonly { id: string; relDir: string; kind?: string | undefined }[];
}

export interface CheckReportOptions {
  /** Leave warnings out of the text (--quiet); the counts still include them. */
  errorsOnly?: boolean;
  /** With --shard: which shard this was (the `shard` key of the JSON). */
  shard?: ShardSummary;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export function checkReport(result: CheckResult, project: ReportOutline, options: CheckReportOptions = {}): Report {
  const s = result.summary;
  return {
    command: 'check',
    ok: result.ok,
    findings: options.errorsOnly ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics,
    data: { summary: s, ...(options.shard ? { shard: options.shard } : {}) },
    findingsKey: 'diagnostics',
    scope: `in ${s.modules} modules`,
    text: {
      stream: 'stdout',
      layout: 'grouped',
      summary: (paint) => {
        const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
        return `${plural(s.manuals, 'manual')}, ${plural(s.modules, 'module')}, ${plural(s.conferences, 'conference')}: ${paint(s.errors ? 31 : s.warnings ? 33 : 32, counts)}`;
      },
    },
    junit: checkJunitPlan(project),
  };
}

/** A case per module and language and per manual and conference; findings outside them get a case of their own. */
export function checkJunitPlan(project: ReportOutline): JunitPlan {
  const cases: JunitCase[] = [];
  for (const m of project.manuals) {
    cases.push({ key: m.id, name: 'manual', classname: m.id });
    for (const mod of m.modules) for (const lang of m.config.languages) cases.push({ key: `${m.id}/${mod.id}/${lang}`, name: `${mod.id} [${lang}]`, classname: m.id });
  }
  for (const c of project.conferences) cases.push({ key: `conference:${c.id}`, name: c.kind ?? 'event', classname: c.id });
  const byKey = new Map(cases.map((c) => [c.key, c]));
  return {
    cases,
    // A case of the same key that is already there takes the finding (the reporter merges by key).
    caseOf: (f) => {
      const key = f.manual && f.module && f.lang ? `${f.manual}/${f.module}/${f.lang}` : f.manual;
      const conf = project.conferences.find((c) => f.file?.startsWith(`${c.relDir}/`));
      return (
        (key ? byKey.get(key) : undefined) ??
        (conf ? byKey.get(`conference:${conf.id}`) : undefined) ?? { key: f.manual ?? f.file ?? '', name: f.module ?? 'files', classname: f.manual ?? 'promokit' }
      );
    },
  };
}
