// 300 attendee packets of the sample conference, as an organiser runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

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
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))', BIN, 'packet', join(REPO, 'manuals/conferencia-2026'), '--attendees', csv, '--out', join(dir, 'out'), '--quiet'],
      { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const ms = performance.now() - t0;
    return { attendees, ms, peakRssMb: Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024, ok: r.status === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
