import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/build-dist.ts'],
    // Speed is measured by the bench; a timeout here only ends a test that hangs, also on a busy machine.
    testTimeout: 60_000,
  },
});
