// TEST-ONLY HOOK. With PROMOKIT_TEST_PAUSE_AT=<step> in the environment, the
// command stops at that named step, says so on stderr ("promokit-test-paused
// <step>") and waits, so a test can kill it at a known point instead of
// guessing with timers (tests/edit/interrupt.test.ts). Unset, it does nothing.
import { writeSync } from 'node:fs';

const WAIT_MS = 120_000;

const wanted = (step: string): boolean => process.env.PROMOKIT_TEST_PAUSE_AT === step;

function announce(step: string): void {
  writeSync(2, `promokit-test-paused ${step}\n`);
}

/** Waits with the event loop running: signal handlers still run (for SIGINT/SIGTERM tests). */
export async function testPause(step: string): Promise<void> {
  if (!wanted(step)) return;
  announce(step);
  await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
}

/** Blocks the thread: nothing runs until the wait ends, so only SIGKILL stops it here. */
export function testPauseSync(step: string): void {
  if (!wanted(step)) return;
  announce(step);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAIT_MS);
}
