import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/check/report/check-report.js';
import { runCheck, type CheckResult } from '../../src/check/run-check.js';
import { renderGithub } from '../../src/findings/report/github.js';
import { json as jsonFormat } from '../../src/findings/report/json.js';
import { renderJunit } from '../../src/findings/report/junit.js';
import { renderText } from '../../src/findings/report/text.js';
import type { Project } from '../../src/model/types.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoProject, moduleEn } from '../helpers/fixture.js';

// check's reports, printed by the reporters every command shares.
const formatJson = (result: CheckResult, project: Project): string => jsonFormat.render(checkReport(result, project), { color: () => false }).text;
const formatText = (result: CheckResult, project: Project): string => renderText(checkReport(result, project), false);
const formatGithub = (result: CheckResult, project: Project): string => renderGithub(checkReport(result, project));
const formatJunit = (result: CheckResult, project: Project): string => renderJunit(checkReport(result, project));

function broken() {
  // One error (item count) and one warning (never stamped), in en.md.
  const root = demoProject({ 'manuals/demo/modules/01-estres/en.md': moduleEn().replace('2. Name two signs.', '2. Name two signs.\n3. More, "quoted" <x> & 100%') });
  const loaded = loadProject(root, [], root);
  return { loaded, result: runCheck(loaded, { today: '2026-11-22' }) };
}

describe('reporters', () => {
  it('json has the documented shape', () => {
    const { result, loaded } = broken();
    const json = JSON.parse(formatJson(result, loaded.project)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'ok', 'summary', 'diagnostics']);
    expect(json.version).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.summary).toEqual({ manuals: 1, modules: 1, conferences: 0, errors: 1, warnings: 1 });
    expect((json.diagnostics as object[])[0]).toEqual({
      file: 'manuals/demo/modules/01-estres/en.md',
      line: 1,
      column: null,
      hint: null,
      module: '01-estres',
      lang: 'en',
      message: expect.stringMatching(/never stamped/),
      rule: 'translation-stale',
      severity: 'warning',
      manual: 'demo',
    });
  });

  it('text groups by file and ends with a summary line', () => {
    const { result, loaded } = broken();
    const text = formatText(result, loaded.project);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('manuals/demo/modules/01-estres/en.md');
    expect(lines[1]).toMatch(/^\s+1 {2}warning {2}never stamped.*translation-stale$/);
    expect(lines[2]).toMatch(/^\s+7 {2}error {4}#objectives has 3 items.*item-count-mismatch$/);
    expect(lines.at(-1)).toBe('1 manual, 1 module, 0 conferences: 1 error, 1 warning');
    expect(text).not.toContain('\u001b[');
  });

  it('github prints one workflow annotation per finding, errors first', () => {
    const { result, loaded } = broken();
    const lines = formatGithub(result, loaded.project).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=manuals\/demo\/modules\/01-estres\/en\.md,line=7,title=item-count-mismatch::#objectives/);
    expect(lines[1]).toMatch(/^::warning file=manuals\/demo\/modules\/01-estres\/en\.md,line=1,title=translation-stale::never stamped/);
    expect(lines[2]).toBe('promokit check: 1 errors, 1 warnings in 1 modules');
  });

  it('junit has a testcase per module and language, failures carry messages, XML escaped', () => {
    const { result, loaded } = broken();
    const xml = formatJunit(result, loaded.project);
    expect(xml).toContain('<testcase name="01-estres [es]" classname="demo"/>');
    expect(xml).toMatch(/<testcase name="01-estres \[en\]" classname="demo">\s*<failure message="1 error: #objectives has 3 items/);
    expect(xml).toContain('<system-out>manuals/demo/modules/01-estres/en.md:1: never stamped');
    expect(xml).toMatch(/<testsuites name="promokit check" tests="3" failures="1">/);
    expect(xml).not.toMatch(/<[^>]*&[^a-z#]/);
  });
});
