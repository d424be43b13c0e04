import { defineConfig } from 'vitest/config';

// Two projects: "unit" (unit, integration and contract tests: fast, no browser) and "e2e" (Chromium).
// Every test runs with the product's time zone, so a date maths bug shows up here and not in production.
process.env.TZ = 'Europe/Oslo';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{unit,integration,contract}/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
