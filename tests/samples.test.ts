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
    // A conference (conference.yaml), an exchange and a regional training (event.yaml).
    expect(result.summary.conferences).toBe(3);
    const kinds = Object.fromEntries(loadProject(ROOT).project.conferences.map((c) => [c.id, c.kind]));
    expect(kinds).toEqual({ 'conferencia-2026': 'conference', 'intercambio-2026': 'exchange', 'capacitacion-region-5': 'training' });
  });
});
