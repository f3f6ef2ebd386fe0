import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, checkOutputFolder, outputFolderProblem, type WritableCheck } from '../../src/cli/output-folder.js';
import { ExitCode, UsageError } from '../../src/errors.js';

/** A project: <tmp>/manuals/m/, a file <tmp>/afile. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'promokit-out-'));
  mkdirSync(join(root, 'manuals', 'm'), { recursive: true });
  writeFileSync(join(root, 'afile'), 'x');
  return root;
}

/** What a read-only folder does to a user who is not root: access(W_OK) fails with EACCES (or EROFS). */
const readOnly = (folder: string, code = 'EACCES'): WritableCheck => (p) => {
  if (p === folder) throw Object.assign(new Error(`${code}: permission denied, access '${p}'`), { code, syscall: 'access', path: p });
};

function usageError(fn: () => void): UsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(ExitCode.usage);
    return err as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('outputFolderProblem', () => {
  it('none for an existing folder, or a missing one under a writable folder', () => {
    const root = project();
    expect(outputFolderProblem(join(root, 'manuals'))).toBeUndefined();
    expect(outputFolderProblem(join(root, 'new', 'deeper'))).toBeUndefined();
    expect(readdirSync(root).sort()).toEqual(['afile', 'manuals']); // nothing made
  });

  it('a file, and a path through a file, said in words', () => {
    const root = project();
    expect(outputFolderProblem(join(root, 'afile'), undefined, root)).toBe('it is a file, not a folder');
    expect(outputFolderProblem(join(root, 'afile', 'sub', 'x'), undefined, root)).toBe('a part of its path, afile, is a file, not a folder');
  });

  it('a read-only folder, or one whose nearest existing parent is read-only (the check injected: root writes anywhere)', () => {
    const root = project();
    const out = join(root, 'out');
    mkdirSync(out);
    expect(outputFolderProblem(out, readOnly(out))).toBe('permission denied');
    expect(outputFolderProblem(join(out, 'a', 'b'), readOnly(out), root)).toBe('it cannot be made in out: permission denied');
    expect(outputFolderProblem(out, readOnly(out, 'EROFS'))).toBe('it is on a read-only file system');
  });
});

describe('checkOutputFolder', () => {
  const check = (root: string, given: string, options = {}): UsageError =>
    usageError(() => checkOutputFolder(join(root, given), root, given, { cwd: root, ...options }));

  it('refuses manuals/, a folder in it, and the project root itself', () => {
    const root = project();
    expect(check(root, 'manuals').message).toBe('--out manuals must not be inside manuals/, where the sources are; write elsewhere, e.g. --out out');
    expect(check(root, 'manuals/m/out').message).toMatch(/^--out manuals\/m\/out must not be inside manuals\//);
    expect(check(root, '.').message).toMatch(/^--out \. must not be the project folder itself/);
  });

  it('refuses a way into manuals/ through a symbolic link', () => {
    const root = project();
    symlinkSync(join(root, 'manuals', 'm'), join(root, 'link'));
    expect(check(root, 'link/out').message).toMatch(/must not be inside manuals\//);
  });

  it('refuses a file, a path through a file, a read-only folder, and a file where .cache must be', () => {
    const root = project();
    expect(check(root, 'afile').message).toBe('afile/ is not a writable folder: it is a file, not a folder');
    expect(check(root, 'afile/out').message).toBe('afile/out/ is not a writable folder: a part of its path, afile, is a file, not a folder');
    mkdirSync(join(root, 'out'));
    expect(check(root, 'out', { check: readOnly(join(root, 'out')) }).message).toBe('out/ is not a writable folder: permission denied');
    writeFileSync(join(root, 'out', '.cache'), '');
    expect(check(root, 'out', { subfolders: ['.cache'] }).message).toBe('out/ is not a writable folder: out/.cache is a file, where promokit keeps a folder; remove it');
  });

  it('accepts a new folder beside manuals/, and makes nothing', () => {
    const root = project();
    expect(() => checkOutputFolder(join(root, 'out'), root, 'out', { subfolders: ['.cache'] })).not.toThrow();
    expect(readdirSync(root).sort()).toEqual(['afile', 'manuals']);
  });
});

describe('checkOutputFile (handout -o)', () => {
  it('refuses a file in manuals/, an existing folder, a folder that is a file or read-only', () => {
    const root = project();
    const at = (rel: string, check?: WritableCheck): UsageError =>
      usageError(() => checkOutputFile(join(root, rel), rel, root, { cwd: root, ...(check ? { check } : {}) }));
    expect(at('manuals/m/h.pdf').message).toMatch(/^-o manuals\/m\/h\.pdf must not be inside manuals\/, where the sources are/);
    expect(at('manuals').message).toMatch(/must not be inside manuals\//);
    mkdirSync(join(root, 'out'));
    expect(at('out').message).toBe('-o out is a folder; give a file name, e.g. out/handout.pdf');
    expect(at('afile/h.pdf').message).toBe('afile/ is not a writable folder: it is a file, not a folder');
    expect(at('out/h.pdf', readOnly(join(root, 'out'))).message).toBe('out/ is not a writable folder: permission denied');
    expect(() => checkOutputFile(join(root, 'out', 'h.pdf'), 'out/h.pdf', root)).not.toThrow();
  });
});
