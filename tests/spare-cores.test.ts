import { describe, expect, it } from 'vitest';
import { spareCores } from '../src/spare-cores.js';

describe('spareCores', () => {
  it('counts the cores left free besides its own from the runnable tasks of this instant', () => {
    // /proc/loadavg: three averages, then runnable/total tasks (this build's own thread among the runnable).
    expect(spareCores(() => '2.31 1.80 0.95 1/412 9912\n', 2)).toBe(1);
    expect(spareCores(() => '0.10 0.20 0.30 2/412 9912\n', 2)).toBe(0);
    expect(spareCores(() => '0.10 0.20 0.30 5/412 9912\n', 2)).toBe(-3);
    // Without /proc: the cores less the last minute's load average.
    expect(
      spareCores(() => {
        throw new Error('ENOENT');
      }, 64),
    ).toBeGreaterThan(0);
  });
});
