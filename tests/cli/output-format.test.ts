import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFormats, runReported } from '../../src/cli/output-format.js';
import { ExitCode, PromokitError, UsageError } from '../../src/errors.js';
import { reportFormat } from '../../src/findings/report/formats.js';

const usage = (f: () => unknown): UsageError => {
  try {
    f();
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('no usage error');
};

describe('--format', () => {
  it('text by default; --json is --format json', () => {
    expect(parseFormats({}).report.name).toBe('text');
    expect(parseFormats({ json: true }).report.name).toBe('json');
    expect(parseFormats({ format: 'json', json: true }).report.name).toBe('json');
    expect(parseFormats({ format: 'github' }).report.name).toBe('github');
  });

  it("a comma-separated list: one report format and the command's own values, told apart", () => {
    expect(parseFormats({ format: 'pptx,json' }, ['pdf', 'pptx'])).toMatchObject({ report: { name: 'json' }, others: ['pptx'] });
    expect(parseFormats({ format: ' pdf , pptx ' }, ['pdf', 'pptx'])).toMatchObject({ report: { name: 'text' }, others: ['pdf', 'pptx'] });
    expect(parseFormats({ format: 'junit' }, ['html', 'epub']).others).toEqual([]);
  });

  it('an unknown value is a usage error (exit 2) listing the valid ones', () => {
    const e = usage(() => parseFormats({ format: 'json,html' }));
    expect(e.exitCode).toBe(ExitCode.usage);
    expect(e.message).toBe('--format must be one of text, json, github, junit, not "html"');
    expect(usage(() => parseFormats({ format: 'xml' }, ['pdf', 'pptx'])).message).toBe('--format must be one of text, json, github, junit, pdf, pptx, not "xml"');
  });

  it('two report formats at once are a usage error', () => {
    expect(usage(() => parseFormats({ format: 'github,junit' })).message).toMatch(/one of text, json, github, junit at a time, not github and junit/);
    expect(usage(() => parseFormats({ format: 'github', json: true })).message).toMatch(/--format and --json/);
  });
});

describe('a command stopped by an error', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** Runs `action` under runReported, catching what it writes. */
  async function stopped(format: string, action: () => void): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    await runReported('stamp', reportFormat(format)!, action);
    return { stdout, stderr };
  }

  it('prints the error as a finding in the chosen format, with the line on stderr and its exit code', async () => {
    const out = await stopped('json', () => {
      throw new PromokitError('the front matter is never closed', { file: 'manuals/m/modules/01-a/en.md', line: 1 });
    });
    expect(JSON.parse(out.stdout)).toEqual({
      version: 1,
      ok: false,
      findings: [{ rule: 'stamp', severity: 'error', file: 'manuals/m/modules/01-a/en.md', line: 1, column: null, message: 'the front matter is never closed', hint: null, manual: null, module: null, lang: null }],
    });
    expect(out.stderr).toBe('promokit: manuals/m/modules/01-a/en.md:1: the front matter is never closed\n');
    expect(process.exitCode).toBe(ExitCode.sourceError);
  });

  it('an operating-system error too (rule os-error); a usage error keeps exit 2', async () => {
    const eacces = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', path: '/nowhere/x.md' });
    const out = await stopped('github', () => {
      throw eacces;
    });
    expect(out.stdout).toMatch(/^::error title=os-error::\/nowhere\/x\.md: /);
    const usageOut = await stopped('junit', () => {
      throw new UsageError('no manuals/ folder found');
    });
    expect(usageOut.stdout).toContain('<failure message="1 error: no manuals/ folder found" type="usage">');
    expect(process.exitCode).toBe(ExitCode.usage);
  });

  it('text, and a bug of ours in any format, go on to main()', async () => {
    await expect(stopped('text', () => {
      throw new UsageError('bad');
    })).rejects.toThrow('bad');
    await expect(stopped('json', () => {
      throw new TypeError('x is undefined');
    })).rejects.toThrow('x is undefined');
  });
});
