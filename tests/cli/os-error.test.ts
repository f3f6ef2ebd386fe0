import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetNotedPaths, isOsError, noteOutputFolder, noteUsagePath, osErrorReport, shown } from '../../src/cli/os-error.js';
import { ExitCode } from '../../src/errors.js';

/** An error shaped as Node's fs makes them. */
const sysError = (code: string, path?: string, syscall = 'open', dest?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: something, ${syscall} '${path ?? ''}'`), { code, errno: -1, syscall, ...(path ? { path } : {}), ...(dest ? { dest } : {}) });

const cwd = '/work/project';

afterEach(() => forgetNotedPaths());

describe('isOsError', () => {
  it('is true for errno errors, false for bugs and our own errors', async () => {
    expect(isOsError(await readdir('/nonexistent-promokit').catch((e: unknown) => e))).toBe(true);
    expect(isOsError(sysError('EACCES', '/x'))).toBe(true);
    expect(isOsError(new TypeError('x is undefined'))).toBe(false);
    expect(isOsError(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isOsError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false);
    expect(isOsError('EACCES')).toBe(false);
  });
});

describe('osErrorReport', () => {
  it('says each errno in words, after the path, exit 1', () => {
    const words: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      ENOENT: 'it does not exist',
      EISDIR: 'it is a folder, not a file',
      ENOTDIR: 'a part of its path is a file, not a folder',
      ENOSPC: 'the disk is full',
      EROFS: 'it is on a read-only file system',
      ENAMETOOLONG: 'its name is too long',
      EMFILE: 'too many files are open',
    };
    for (const [code, text] of Object.entries(words)) {
      expect(osErrorReport(sysError(code, '/work/project/manuals/m/es.md'), cwd), code).toEqual({ message: `manuals/m/es.md: ${text}`, exitCode: ExitCode.sourceError });
    }
  });

  it('an unknown code keeps Node words; no path gives the words alone; outside cwd the path is absolute', () => {
    expect(osErrorReport(sysError('EXDEV', '/work/project/a'), cwd).message).toMatch(/^a: EXDEV: /);
    expect(osErrorReport(sysError('ENOSPC', undefined, 'write'), cwd)).toEqual({ message: 'the disk is full', exitCode: ExitCode.sourceError });
    expect(osErrorReport(sysError('EACCES', '/etc/x'), cwd).message).toBe('/etc/x: permission denied');
  });

  it('about the output folder (in it, it, or on the way to it): exit 2, reported against the folder', () => {
    noteOutputFolder('/work/project/out');
    expect(osErrorReport(sysError('ENOSPC', '/work/project/out/m/m.es.pdf', 'write'), cwd)).toEqual({
      message: 'out/ is not a writable folder: out/m/m.es.pdf: the disk is full',
      exitCode: ExitCode.usage,
    });
    expect(osErrorReport(sysError('EROFS', '/work/project/out', 'mkdir'), cwd).message).toBe('out/ is not a writable folder: it is on a read-only file system');
    expect(osErrorReport(sysError('EACCES', '/work/project', 'mkdir'), cwd).exitCode).toBe(ExitCode.usage);
    // Sources are not the output folder.
    expect(osErrorReport(sysError('EACCES', '/work/project/manuals/m/es.md'), cwd).exitCode).toBe(ExitCode.sourceError);
    // The project root, when it is the named root, is about the root, not the output folder inside it.
    noteUsagePath('/work/project');
    expect(osErrorReport(sysError('EACCES', '/work/project', 'scandir'), cwd)).toEqual({ message: '.: permission denied', exitCode: ExitCode.usage });
  });

  it('a path the command line named (--root, its manuals/): exit 2; a source under it: exit 1', () => {
    noteUsagePath('/work/project');
    noteUsagePath('/work/project/manuals');
    expect(osErrorReport(sysError('ENOTDIR', '/work/project/manuals', 'scandir'), cwd)).toEqual({ message: 'manuals: a part of its path is a file, not a folder', exitCode: ExitCode.usage });
    expect(osErrorReport(sysError('EACCES', '/work/project/manuals/m/es.md'), cwd).exitCode).toBe(ExitCode.sourceError);
  });

  it('a failed rename names its target; a file where a folder should be is said so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-os-error-'));
    writeFileSync(join(dir, 'file'), '');
    mkdirSync(join(dir, 'folder'));
    expect(osErrorReport(sysError('EISDIR', join(dir, '.x.tmp'), 'rename', join(dir, 'folder')), dir).message).toBe('folder: it is a folder, not a file');
    expect(osErrorReport(sysError('EEXIST', join(dir, 'file'), 'mkdir'), dir).message).toBe('file: it is a file, not a folder');
    expect(osErrorReport(sysError('ENOTDIR', join(dir, 'file'), 'scandir'), dir).message).toBe('file: it is a file, not a folder');
    expect(osErrorReport(sysError('ENOTDIR', join(dir, 'file', 'x'), 'mkdir'), dir).message).toBe('file/x: a part of its path is a file, not a folder');
  });

  it('shown: relative below the working folder, absolute elsewhere', () => {
    expect(shown('/work/project/out', cwd)).toBe('out');
    expect(shown('/work/project', cwd)).toBe('.');
    expect(shown('/dev/zero', cwd)).toBe('/dev/zero');
  });
});

describe('main() prints an errno error as a finding', () => {
  let stderr = '';
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('a real ENOTDIR from `init` under a file: exit 2 (its folder), no "internal error", no stack', async () => {
    const { main } = await import('../../src/cli/main.js');
    const dir = mkdtempSync(join(tmpdir(), 'promokit-os-error-main-'));
    writeFileSync(join(dir, 'afile'), '');
    await expect(mkdir(join(dir, 'afile', 'x'), { recursive: true })).rejects.toMatchObject({ code: 'ENOTDIR' });
    const code = await main(['node', 'promokit', 'init', join(dir, 'afile', 'x')]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toMatch(/^promokit: .*afile\/x\/ is not a writable folder: a part of its path is a file, not a folder\n$/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
