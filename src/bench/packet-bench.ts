// 300 attendee packets of the sample conference, as an organiser runs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTimedCli } from './timed-cli.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface PacketBench {
  attendees: number;
  ms: number;
  peakRssMb: number;
  ok: boolean;
}

export function benchPackets(attendees = 300): PacketBench {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-packets-'));
  try {
    const first = ['María', 'José', 'Ana', 'Luis', 'Guadalupe', 'Rocío', 'Andrés', 'Itzel', 'Noemí', 'Tomás'];
    const last = ['Núñez', 'Peña', 'Ramírez', 'Ibáñez', 'Cortés', 'Zúñiga', 'Solís', 'Ávila'];
    const rows = Array.from({ length: attendees }, (_, i) => `${first[i % first.length]} ${last[i % last.length]} ${last[(i * 3 + 1) % last.length]},${i % 5 === 0 ? 'en' : 'es'},Red ${i},p${i}@example.org`);
    const csv = join(dir, 'attendees.csv');
    writeFileSync(csv, `name,language,organization,email\n${rows.join('\n')}\n`);
    const r = runTimedCli(['packet', join(REPO, 'manuals/conferencia-2026'), '--attendees', csv, '--out', join(dir, 'out'), '--quiet'], { cwd: REPO });
    return { attendees, ms: r.ms, peakRssMb: r.peakRssMb, ok: r.status === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
