// The GitHub Action's job summary, from check's and build's --json reports.
// (The script around it, write-ci-summary, runs on real reports in tests/packaging.)
import { describe, expect, it } from 'vitest';
import { ciSummary, FINDINGS_PER_MANUAL } from '../../src/cli/ci-summary.js';
import { findingJson, type Finding } from '../../src/findings/finding.js';

const finding = (manual: string, n: number, severity: Finding['severity'] = 'warning'): Finding => ({
  rule: 'sentence-long',
  severity,
  file: `manuals/${manual}/modules/01-a/es.md`,
  line: n,
  manual,
  message: `sentence ${n} has 40 words | too many`,
});

const checkJson = (findings: Finding[]): string =>
  JSON.stringify({
    version: 1,
    ok: !findings.some((f) => f.severity === 'error'),
    summary: { manuals: 2, modules: 3, conferences: 0, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
    diagnostics: findings.map(findingJson),
  });

const buildJson = JSON.stringify({
  version: 1,
  ok: true,
  outputs: [
    { manual: 'salud', path: 'out/salud/salud.es.pdf', langs: ['es'], layout: 'single', pages: 12, upToDate: false, ms: 900, warnings: [] },
    { manual: 'salud', path: 'out/salud/salud.es-en.pdf', langs: ['es', 'en'], layout: 'parallel', pages: 20, upToDate: true, ms: 0, warnings: [] },
  ],
  failures: [],
  stats: { converted: 1, convertedFromCache: 2, compiled: 1, compiledFromCache: 1, workers: 0 },
  findings: [findingJson({ rule: 'typst-warning', severity: 'warning', manual: 'salud', message: 'a font fell back' })],
});

describe('ciSummary', () => {
  it('counts findings per manual and lists the PDFs with their pages', () => {
    const md = ciSummary({ check: checkJson([finding('salud', 3, 'error'), finding('salud', 9), finding('agua', 1)]), build: buildJson });
    expect(md).toContain('- **check**: ❌ 2 manuals, 3 modules, 0 conferences: 1 error, 2 warnings');
    expect(md).toContain('- **build**: ✅ 2 PDFs, 32 pages (1 built, 1 from the cache)');
    expect(md).toContain('| agua | 0 | 1 |');
    expect(md).toContain('| salud | 1 | 2 |');
    expect(md).toContain('| out/salud/salud.es.pdf | salud | 12 | built |');
    expect(md).toContain('| out/salud/salud.es-en.pdf | salud | 20 | from the cache |');
    // A | in a message would end a table cell; it is escaped.
    expect(md).toContain('- ❌ `manuals/salud/modules/01-a/es.md:3` sentence 3 has 40 words \\| too many (sentence-long)');
    expect(md).toContain('- ⚠️ a font fell back (typst-warning)');
    // Errors are listed before warnings.
    expect(md.indexOf('sentence 3')).toBeLessThan(md.indexOf('sentence 9'));
  });

  it(`lists at most ${FINDINGS_PER_MANUAL} findings of a manual and says how many more`, () => {
    const many = Array.from({ length: FINDINGS_PER_MANUAL + 7 }, (_, i) => finding('salud', i + 1));
    const md = ciSummary({ check: checkJson(many) });
    expect(md.match(/^- ⚠️/gm)).toHaveLength(FINDINGS_PER_MANUAL);
    expect(md).toContain('- … and 7 more in the JSON report');
    expect(md).toContain('- **build**: not run');
  });

  it('names the shard in its title when the reports are of one shard', () => {
    const shard = { index: 2, total: 4, unit: 'output', assigned: 3, units: 12, plan: '0123456789abcdef' };
    const md = ciSummary({ build: JSON.stringify({ ...JSON.parse(buildJson), shard }) });
    expect(md.split('\n')[0]).toBe('## promokit (shard 2 of 4)');
  });

  it('says so when a report is missing or is not one', () => {
    expect(ciSummary({})).toBe('## promokit\n\n- **check**: not run\n- **build**: not run\n');
    expect(ciSummary({ check: '', build: '{"oops":' })).toContain('- **check**: ❌ it printed no report');
    expect(ciSummary({ build: '{"oops":' })).toContain('- **build**: ❌ its report is not JSON');
    expect(ciSummary({ build: '{"ok":"yes"}' })).toContain('does not have the shape of a promokit --json report');
  });
});
