// JUnit XML: one testcase per thing the command looked at (check: each module
// and language, each manual and conference); findings are their failures.
import { whereText, type Finding } from '../finding.js';
import type { JunitCase, JunitPlan, Report, ReportFormat } from './report.js';

const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Without a plan: a case per file, in a suite per manual (else per command). */
export function filePlan(command: string, cases: JunitCase[] = []): JunitPlan {
  return {
    cases,
    caseOf: (f) => ({ key: `file:${f.file ?? ''}`, name: f.file ?? command, classname: f.manual ?? command }),
  };
}

interface Filled extends JunitCase {
  findings: Finding[];
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
const lines = (list: Finding[]): string => list.map((f) => `${whereText(f)}${f.message} (${f.rule})`).join('\n');
const failing = (c: Filled): boolean => c.findings.some((f) => f.severity === 'error');

export function renderJunit(report: Report): string {
  const plan = report.junit ?? filePlan(report.command);
  const cases = new Map<string, Filled>();
  const add = (c: JunitCase): Filled => {
    let filled = cases.get(c.key);
    if (!filled) cases.set(c.key, (filled = { ...c, findings: [] }));
    return filled;
  };
  plan.cases.forEach(add);
  for (const f of report.findings) add(plan.caseOf(f)).findings.push(f);
  const all = [...cases.values()];
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="promokit ${xml(report.command)}" tests="${all.length}" failures="${all.filter(failing).length}">`);
  const bySuite = new Map<string, Filled[]>();
  for (const c of all) bySuite.set(c.classname, [...(bySuite.get(c.classname) ?? []), c]);
  for (const [suite, list] of bySuite) {
    out.push(`  <testsuite name="${xml(suite)}" tests="${list.length}" failures="${list.filter(failing).length}">`);
    for (const c of list) {
      const open = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}"`;
      if (!c.findings.length) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const errors = c.findings.filter((x) => x.severity === 'error');
      const warnings = c.findings.filter((x) => x.severity === 'warning');
      if (errors.length) {
        out.push(`      <failure message="${xml(`${plural(errors.length, 'error')}: ${errors[0]!.message}`)}" type="${xml(errors[0]!.rule)}">${xml(lines(errors))}</failure>`);
      }
      if (warnings.length) out.push(`      <system-out>${xml(lines(warnings))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

export const junit: ReportFormat = {
  name: 'junit',
  summary: 'JUnit XML for CI test reports',
  machine: true,
  render: (report) => ({ stream: 'stdout', text: renderJunit(report) }),
};
