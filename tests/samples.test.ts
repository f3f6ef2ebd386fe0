// The sample manuals in manuals/ are the showroom: they must pass check with
// no finding, and the sample exchange and training must build their packets.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/check/run-check.js';
import { loadProject } from '../src/model/load-project.js';
import { buildPackets } from '../src/packets/packet.js';
import { readPages } from './editions/pdf-read.js';

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

  it.each([
    ['intercambio-2026', 'Guadalupe Ramírez Ortega', ['Itinerario', 'Guía de la visita 3', 'Contactos', 'Diario de reflexión']],
    ['capacitacion-region-5', 'Ana Lilia Hernández Robles', ['Región 5 de 14', 'Programa', 'Constancia de asistencia']],
  ])('%s builds a packet', async (id, who, shown) => {
    // A copy: the build cache and outputs stay out of the repository.
    const root = mkdtempSync(join(tmpdir(), 'promokit-samples-'));
    cpSync(join(ROOT, 'manuals'), join(root, 'manuals'), { recursive: true });
    const project = loadProject(root).project;
    const result = await buildPackets(project, project.conferences.find((c) => c.id === id)!, { out: join(root, 'out'), only: who, sourceDateEpoch: '1700000000' });
    expect(result.failures).toEqual([]);
    expect(result.packets.map((p) => p.attendee)).toEqual([who]);
    const text = (await readPages(new Uint8Array(readFileSync(result.packets[0]!.path)))).map((p) => p.text).join(' ');
    for (const s of [who, ...shown]) expect(text).toContain(s);
  });
});
