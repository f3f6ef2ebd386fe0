import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { annotation, GITHUB_ANNOTATION_CAP, renderGithub } from '../../src/findings/report/github.js';
import type { Report } from '../../src/findings/report/report.js';

const report = (findings: Finding[]): Report => ({ command: 'build', ok: false, findings, data: {}, text: { stream: 'stderr', layout: 'lines' } });
const err = (i: number): Finding => ({ rule: 'image-missing', severity: 'error', file: `manuals/m/modules/0${i % 9}-a/es.md`, line: i + 1, message: `image ${i} not found` });
const warn = (i: number): Finding => ({ rule: 'typst-warning', severity: 'warning', file: 'manuals/m/manual.yaml', line: i + 1, message: `warning ${i}` });

describe('--format github', () => {
  it('25 errors: 10 annotations, then one line saying 15 were left out and where to see them all', () => {
    const lines = renderGithub(report(Array.from({ length: 25 }, (_, i) => err(i)))).trimEnd().split('\n');
    expect(GITHUB_ANNOTATION_CAP).toBe(10);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(10);
    // The first ten in the order given, none repeated.
    expect(lines.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => annotation(err(i))));
    const rest = lines.slice(10);
    expect(rest).toHaveLength(2);
    expect(rest[0]).toMatch(/^15 errors left out .*--format json or --format junit/);
    expect(rest[0]).not.toMatch(/^::/);
    expect(rest[1]).toBe('promokit build: 25 errors, 0 warnings');
  });

  it('errors first, then warnings, each capped at 10 on its own', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => warn(i)), err(0), err(1)];
    const lines = renderGithub(report(findings)).trimEnd().split('\n');
    expect(lines.slice(0, 2).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines.slice(2, 12).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines[12]).toMatch(/^2 warnings left out/);
    expect(lines[13]).toBe('promokit build: 2 errors, 12 warnings');
  });

  it('nothing left out: no such line', () => {
    const lines = renderGithub(report([err(0), warn(0)])).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/left out/);
  });

  it('file, line and col when known, title the rule id; escaped', () => {
    expect(annotation({ rule: 'typst-compile', severity: 'error', file: 'manuals/a,b/es.md', line: 4, column: 12, message: '50% done\nnext' })).toBe(
      '::error file=manuals/a%2Cb/es.md,line=4,col=12,title=typst-compile::50%25 done%0Anext',
    );
    expect(annotation({ rule: 'build', severity: 'error', message: 'pandoc not found' })).toBe('::error title=build::pandoc not found');
    expect(annotation({ rule: 'r', severity: 'warning', file: 'x.md', message: 'whole file' })).toBe('::warning file=x.md,title=r::whole file');
    expect(annotation({ rule: 'r', severity: 'error', file: 'x.md', line: 2, message: 'm', hint: 'do this' })).toBe('::error file=x.md,line=2,title=r::m%0Ado this');
  });
});
