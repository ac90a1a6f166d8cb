import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('committed migrations', () => {
  it('build exactly the schema the entities describe (no drift)', async () => {
    const pending = await server.db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('have all run, and a second run finds nothing to do', async () => {
    expect(await server.db.dataSource.showMigrations()).toBe(false);
  });

  it('leave history rows without cascading deletes', async () => {
    const fks = server.db.dataSource.entityMetadatas.flatMap((m) => m.foreignKeys.map((fk) => `${m.tableName}:${fk.onDelete}`));
    expect(fks.length).toBeGreaterThan(10);
    expect(fks.filter((fk) => fk.endsWith('CASCADE'))).toEqual([]);
  });
});

describe('probes', () => {
  it('/healthz answers while the process is up and /readyz checks the database', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: server.family });
  });
});
