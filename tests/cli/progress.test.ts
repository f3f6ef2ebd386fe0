import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { showLiveProgress, startProgress } from '../../src/cli/progress.js';

/** A stream that keeps what is written; `isTTY` as a terminal or a log would have it. */
function sink(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  Object.assign(w, { isTTY, columns: 100 });
  return { stream: w as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('progress', () => {
  it('a log gets one plain line per item; --quiet nothing', () => {
    const log = sink(false);
    const p = startProgress({ unit: 'PDFs', total: 2, silent: false, stream: log.stream, env: {} });
    p.done('built  out/m/m.es.pdf  12 pages  1.0 s', 'out/m/m.es.pdf');
    p.done('built  out/m/m.en.pdf  12 pages  0.4 s', 'out/m/m.en.pdf');
    p.stop();
    expect(log.text()).toBe('built  out/m/m.es.pdf  12 pages  1.0 s\nbuilt  out/m/m.en.pdf  12 pages  0.4 s\n');

    const quiet = sink(true);
    const q = startProgress({ unit: 'PDFs', total: 2, silent: true, stream: quiet.stream, env: {} });
    q.done('built x', 'x');
    q.stop();
    expect(quiet.text()).toBe('');
  });

  it('a terminal gets a live bar that counts, and no plain lines; CI counts as a log', () => {
    const tty = sink(true);
    const p = startProgress({ unit: 'packets', silent: false, stream: tty.stream, env: {} });
    p.total(3);
    p.done('packet out/a.pdf (30 pages)', 'Ana');
    p.done('packet out/b.pdf (30 pages)', 'Beto');
    p.stop();
    expect(tty.text()).toContain('2/3 packets  Beto');
    expect(tty.text()).not.toContain('packet out/a.pdf');
    expect(showLiveProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(showLiveProgress({ isTTY: true }, {})).toBe(true);
  });

  it('a terminal gets one bar per group (the manuals of a build)', async () => {
    const tty = sink(true);
    const p = startProgress({ unit: 'PDFs', groups: [{ name: 'salud-mental', total: 3 }, { name: 'trabajo', total: 3 }], silent: false, stream: tty.stream, env: {} });
    p.done('built a', 'out/salud-mental/salud-mental.es.pdf', 'salud-mental');
    p.done('built b', 'out/trabajo/trabajo.es.pdf', 'trabajo');
    p.done('built c', 'out/trabajo/trabajo.en.pdf', 'trabajo');
    // The bars redraw on a timer (10 a second).
    await new Promise((r) => setTimeout(r, 250));
    p.stop();
    expect(tty.text()).toMatch(/salud-mental .* 1\/3 PDFs {2}out\/salud-mental\/salud-mental\.es\.pdf/);
    expect(tty.text()).toMatch(/trabajo {6}.* 2\/3 PDFs {2}out\/trabajo\/trabajo\.en\.pdf/);
  });
});
