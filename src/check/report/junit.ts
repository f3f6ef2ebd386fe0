// JUnit XML: one testcase per module and language (plus one per manual and
// conference for findings outside modules); findings are its failures.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Project } from '../../model/types.js';
import type { CheckResult } from '../run-check.js';

const xml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

interface Case {
  name: string;
  classname: string;
  findings: Diagnostic[];
}

export function formatJunit(result: CheckResult, project: Project): string {
  const cases = new Map<string, Case>();
  const add = (key: string, name: string, classname: string): Case => {
    let c = cases.get(key);
    if (!c) cases.set(key, (c = { name, classname, findings: [] }));
    return c;
  };
  for (const m of project.manuals) {
    add(`${m.id}`, 'manual', m.id);
    for (const mod of m.modules) for (const lang of m.config.languages) add(`${m.id}/${mod.id}/${lang}`, `${mod.id} [${lang}]`, m.id);
  }
  for (const c of project.conferences) add(`conference:${c.id}`, 'conference', c.id);
  for (const d of result.diagnostics) {
    const key = d.manual && d.module && d.lang ? `${d.manual}/${d.module}/${d.lang}` : d.manual ? d.manual : undefined;
    const conf = project.conferences.find((c) => d.file.startsWith(`${c.relDir}/`));
    const c =
      (key ? cases.get(key) : undefined) ??
      (conf ? cases.get(`conference:${conf.id}`) : undefined) ??
      add(d.manual ?? d.file, d.module ? `${d.module}` : 'files', d.manual ?? 'promokit');
    c.findings.push(d);
  }
  const all = [...cases.values()];
  const failures = all.filter((c) => c.findings.some((f) => f.severity === 'error')).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="promokit check" tests="${all.length}" failures="${failures}">`);
  const bySuite = new Map<string, Case[]>();
  for (const c of all) bySuite.set(c.classname, [...(bySuite.get(c.classname) ?? []), c]);
  for (const [suite, list] of bySuite) {
    const f = list.filter((c) => c.findings.some((x) => x.severity === 'error')).length;
    out.push(`  <testsuite name="${xml(suite)}" tests="${list.length}" failures="${f}">`);
    for (const c of list) {
      const errors = c.findings.filter((x) => x.severity === 'error');
      const warnings = c.findings.filter((x) => x.severity === 'warning');
      const open = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}"`;
      if (!c.findings.length) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      const text = (list: Diagnostic[]): string => list.map((x) => `${x.file}:${x.line}: ${x.message} (${x.rule})`).join('\n');
      if (errors.length) {
        out.push(`      <failure message="${xml(`${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`)}" type="${xml(errors[0]!.rule)}">${xml(text(errors))}</failure>`);
      }
      if (warnings.length) out.push(`      <system-out>${xml(text(warnings))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
