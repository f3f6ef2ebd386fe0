// Tests run on busy 2-core machines: a CLI spawn costs 1–2 s cold, so the
// default 5 s timeout fails tests that are not slow, only queued. No test
// depends on time; these limits only stop a real hang.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two workers at most: the machine has two cores, and the build tests
    // each hold a Typst compiler and a pandoc instance.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
