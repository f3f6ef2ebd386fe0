import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, reportFormat } from '../../src/findings/report/formats.js';
import { json, JSON_SHAPE_VERSION } from '../../src/findings/report/json.js';
import { filePlan, renderJunit } from '../../src/findings/report/junit.js';
import type { Report } from '../../src/findings/report/report.js';
import { renderText } from '../../src/findings/report/text.js';

const findings: Finding[] = [
  { rule: 'typst-warning', severity: 'warning', file: 'manuals/m/modules/01-a/es.md', line: 3, message: 'unknown font', manual: 'm' },
  { rule: 'image-missing', severity: 'error', file: 'manuals/m/modules/01-a/es.md', line: 9, message: 'image not found: x.png', manual: 'm' },
  { rule: 'build', severity: 'error', message: 'out of <memory> & time' },
];

const report: Report = {
  command: 'build',
  ok: false,
  findings,
  data: { outputs: [{ path: 'out/m/m.es.pdf' }], failures: [] },
  text: { stream: 'stderr', layout: 'lines', head: 'TABLE\n', summary: (paint) => paint(31, '2 errors; the outputs they concern were not written') },
  junit: filePlan('build', [{ key: 'out', name: 'out/m/m.es.pdf', classname: 'm' }]),
};

describe('reporters for every command', () => {
  it('one registry lists the formats', () => {
    expect(REPORT_FORMAT_NAMES).toEqual(['text', 'json', 'github', 'junit']);
    for (const f of REPORT_FORMATS) expect(reportFormat(f.name)).toBe(f);
    expect(reportFormat('html')).toBeUndefined();
  });

  it('text, one line each: `error file:line: message  rule` after the head, then the closing line', () => {
    expect(renderText(report, false)).toBe(
      'TABLE\n' +
        'warning manuals/m/modules/01-a/es.md:3: unknown font  typst-warning\n' +
        'error manuals/m/modules/01-a/es.md:9: image not found: x.png  image-missing\n' +
        'error out of <memory> & time  build\n' +
        '2 errors; the outputs they concern were not written\n',
    );
    const coloured = renderText(report, true);
    expect(coloured).toContain('\u001b[31merror\u001b[0m manuals/m/modules/01-a/es.md:9');
    expect(coloured).toContain('\u001b[33mwarning\u001b[0m');
    expect(renderText({ ...report, findings: [], text: { stream: 'stderr', layout: 'lines' } }, false)).toBe('');
  });

  it('json: version, ok, the command’s fields, then the findings with every key', () => {
    const out = json.render(report, { color: () => true });
    expect(out.stream).toBe('stdout');
    const parsed = JSON.parse(out.text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['version', 'ok', 'outputs', 'failures', 'findings']);
    expect(parsed.version).toBe(JSON_SHAPE_VERSION);
    expect((parsed.findings as Record<string, unknown>[])[2]).toEqual({ rule: 'build', severity: 'error', file: null, line: null, column: null, message: 'out of <memory> & time', hint: null, manual: null, module: null, lang: null });
    expect(out.text).not.toContain('\u001b[');
  });

  it('junit: the outputs pass, each file with errors fails, XML escaped', () => {
    const xml = renderJunit(report);
    expect(xml).toContain('<testsuites name="promokit build" tests="3" failures="2">');
    expect(xml).toContain('<testcase name="out/m/m.es.pdf" classname="m"/>');
    expect(xml).toMatch(/<testcase name="manuals\/m\/modules\/01-a\/es.md" classname="m">\s*<failure message="1 error: image not found: x.png" type="image-missing">/);
    expect(xml).toContain('<system-out>manuals/m/modules/01-a/es.md:3: unknown font (typst-warning)</system-out>');
    expect(xml).toContain('<failure message="1 error: out of &lt;memory&gt; &amp; time" type="build">');
  });
});
