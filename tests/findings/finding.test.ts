import { describe, expect, it } from 'vitest';
import { PromokitError, UsageError } from '../../src/errors.js';
import { compareFindings, findingJson, findingLine, type Finding } from '../../src/findings/finding.js';

const KEYS = ['rule', 'severity', 'file', 'line', 'column', 'message', 'hint', 'manual', 'module', 'lang'];

describe('Finding', () => {
  it('JSON has every key, null where unknown', () => {
    const bare = findingJson({ rule: 'build', severity: 'error', message: 'pandoc not found' });
    expect(Object.keys(bare)).toEqual(KEYS);
    expect(bare).toEqual({ rule: 'build', severity: 'error', file: null, line: null, column: null, message: 'pandoc not found', hint: null, manual: null, module: null, lang: null });
    const full = findingJson({ rule: 'r', severity: 'warning', file: 'a.md', line: 3, column: 7, message: 'm', hint: 'h', manual: 'x', module: '01-y', lang: 'es' });
    expect(Object.keys(full)).toEqual(KEYS);
    expect(Object.values(full)).not.toContain(null);
  });

  it('a PromokitError becomes an error finding with its place; a rule id when it had none', () => {
    const located = new PromokitError('image not found: x.png', { file: 'manuals/m/modules/01-a/es.md', line: 12, column: 3, rule: 'image-missing', hint: 'copy it into img/' });
    expect(located.toFinding()).toEqual({ rule: 'image-missing', severity: 'error', file: 'manuals/m/modules/01-a/es.md', line: 12, column: 3, message: 'image not found: x.png', hint: 'copy it into img/' });
    expect(located.toFinding('warning').severity).toBe('warning');
    const bare = new PromokitError('salud, es edition could not be built: boom', { file: 'manuals/salud/manual.yaml' });
    expect(bare.toFinding('error', 'build')).toEqual({ rule: 'build', severity: 'error', file: 'manuals/salud/manual.yaml', message: 'salud, es edition could not be built: boom' });
    expect(new PromokitError('no stage').toFinding().rule).toBe('promokit');
    // A usage error is `usage` whatever the command.
    expect(new UsageError('--root x: no such folder').toFinding('error', 'build').rule).toBe('usage');
    expect(new UsageError('bad', { rule: 'path-outside-project' }).toFinding().rule).toBe('path-outside-project');
  });

  it('reads as `file:line:column: message  rule`, as PromokitError.format() does', () => {
    const e = new PromokitError('msg', { file: 'a.md', line: 4, rule: 'r' });
    expect(findingLine(e.toFinding())).toBe('a.md:4: msg  r');
    expect(e.format()).toBe('a.md:4: msg  r');
    expect(findingLine({ rule: 'r', severity: 'error', file: 'a.md', line: 4, column: 9, message: 'msg' })).toBe('a.md:4:9: msg  r');
    expect(findingLine({ rule: 'r', severity: 'error', message: 'msg' })).toBe('msg  r');
  });

  it('sorts by file, line, rule; findings of no file first', () => {
    const f = (file: string | undefined, line: number | undefined, rule: string): Finding => ({ rule, severity: 'error', message: '', ...(file ? { file } : {}), ...(line ? { line } : {}) });
    const sorted = [f('b.md', 1, 'x'), f('a.md', 9, 'x'), f('a.md', 2, 'z'), f('a.md', 2, 'y'), f(undefined, undefined, 'q')].sort(compareFindings);
    expect(sorted.map((s) => `${s.file ?? '-'}:${s.line ?? '-'}:${s.rule}`)).toEqual(['-:-:q', 'a.md:2:y', 'a.md:2:z', 'a.md:9:x', 'b.md:1:x']);
  });
});
