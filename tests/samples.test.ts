// The sample manuals in manuals/ are the showroom: they must pass check with no finding.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run-check.js';
import { loadProject } from '../src/model/load-project.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('sample manuals', () => {
  it('pass promokit check --strict with no finding', () => {
    const result = runCheck(loadProject(ROOT), { today: '2026-11-22', strict: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.summary.manuals).toBeGreaterThanOrEqual(2);
    expect(result.summary.modules).toBeGreaterThanOrEqual(8);
    expect(result.summary.conferences).toBe(1);
  });
});
