import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Four suites: `server` (pure rules, no database), `api` (GraphQL against a real server and
 * database: SQLite by default, MariaDB when TEST_DATABASE_URL is set) and `browser` (the built
 * panel in Debian's Chromium), `cluster` (several servers on a Galera cluster). `npm test` runs the first two.
 */
export default defineConfig({
  resolve: {
    // One graphql instance: Node loads type-graphql's `graphql` as CommonJS, so our sources must
    // get the same file rather than the ESM build Vite would pick ("Cannot determine GraphQL type").
    alias: [
      { find: /^graphql$/, replacement: path.resolve(__dirname, 'node_modules/graphql/index.js') },
      // its ESM build imports graphql/index.mjs, a second instance: take the CommonJS build
      { find: /^graphql-query-complexity$/, replacement: path.resolve(__dirname, 'node_modules/graphql-query-complexity/dist/cjs/index.js') },
    ],
  },
  test: {
    // vitest's default is one worker fewer than the cores: on a 2-core CI machine that is one, and
    // the API files spend much of their time waiting (scrypt, timers, the database)
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    projects: [
      { extends: true, test: { name: 'server', include: ['test/server/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // each file has its own server and database, so files run side by side
          fileParallelism: true,
        },
      },
      {
        extends: true,
        // each file has its own server and its own Chromium profile: two run side by side
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: true },
      },
      {
        // several servers on the 3-node Galera cluster of test/support/galera.sh (started if not running); not in `npm test`
        extends: true,
        test: {
          name: 'cluster', include: ['test/cluster/**/*.test.ts'], globalSetup: ['test/cluster/global-setup.ts'],
          testTimeout: 180_000, hookTimeout: 240_000, fileParallelism: false,
        },
      },
    ],
  },
});
