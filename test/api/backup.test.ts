import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../server/src/db/backup.js';
import { Database } from '../../server/src/db/database.js';
import { dataSourceOptions, type DatabaseSettings } from '../../server/src/db/data-source.js';
import { verifyHistory } from '../../server/src/modules/history/history-verify.js';
import { CREATE_TASK, REPORT, buildWorld, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** A backup taken while the server runs, restored elsewhere: every task, every history line, a chain that verifies. */
let server: TestServer;
let w: World;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-backup-'));
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(vietnamTime('2024-05-02'));
  w = await buildWorld(server);
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Where the backup is restored: a new SQLite folder, or a new database on the same MariaDB server. */
async function freshTarget(): Promise<DatabaseSettings> {
  if (server.family === 'sqlite') return { dataDir: path.join(dir, 'restored') };
  const base = process.env.TEST_DATABASE_URL!;
  const name = `chidao_restore_${process.pid}_${Date.now()}`;
  const admin = new DataSource(dataSourceOptions({ url: base, dataDir: '' }));
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.destroy();
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), dataDir: '' };
}

const rows = (ds: DataSource, sql: string) => ds.query(sql) as Promise<Array<Record<string, unknown>>>;

describe('backup and restore', () => {
  it('restores every task, every history entry and a chain that verifies', async () => {
    for (let i = 0; i < 5; i += 1) {
      const task = (await server.gql(CREATE_TASK, { title: `Sao lưu ${i}`, leadUnitId: w.communeA, assigneeIds: [w.officialA] })).data.createTask;
      await server.gql(REPORT, { taskId: task.id, state: 'IN_PROGRESS', percentDone: 10 * i, note: `Báo cáo ${i}` }, { actor: w.officialA });
    }
    const live = server.db.dataSource;
    const tasks = await rows(live, 'SELECT id, title, state, version FROM task ORDER BY id');
    const events = await rows(live, 'SELECT id, taskId, action FROM task_event ORDER BY id');
    const log = await rows(live, 'SELECT seq, hash FROM history_log ORDER BY seq');
    expect(tasks).toHaveLength(5);

    const file = path.join(dir, server.family === 'sqlite' ? 'chidao.sqlite' : 'chidao.sql');
    // taken online, with writes going on at the same time
    const [, during] = await Promise.all([
      backupDatabase(server.db.family === 'sqlite' ? { dataDir: path.dirname(live.options.database as string) } : { url: mariadbUrl(), dataDir: '' }, file),
      server.gql(CREATE_TASK, { title: 'Trong lúc sao lưu', leadUnitId: w.communeB }),
    ]);
    expect(during.errors).toBeUndefined();
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    const target = await freshTarget();
    await restoreDatabase(target, file);
    const restored = new DataSource(dataSourceOptions(target));
    await restored.initialize();
    cleanups.push(() => restored.destroy());
    const restoredTasks = await rows(restored, 'SELECT id, title, state, version FROM task ORDER BY id');
    // every task of before the backup (the one written meanwhile is there or not, whole)
    expect(restoredTasks.slice(0, 5)).toEqual(tasks);
    expect(restoredTasks.length === 5 || restoredTasks[5].title === 'Trong lúc sao lưu').toBe(true);
    const restoredEvents = await rows(restored, 'SELECT id, taskId, action FROM task_event ORDER BY id');
    expect(restoredEvents.slice(0, events.length)).toEqual(events);
    const restoredLog = await rows(restored, 'SELECT seq, hash FROM history_log ORDER BY seq');
    expect(restoredLog.slice(0, log.length)).toEqual(log);
    const report = await verifyHistory(new Database(restored, server.family));
    expect(report.problems).toEqual([]);
    expect(report.entries).toBeGreaterThanOrEqual(log.length);
    // the append-only guards came back with the tables
    await expect(restored.query('DELETE FROM task_event')).rejects.toThrow(/append-only/);
    await expect(restored.query('DELETE FROM history_log')).rejects.toThrow(/append-only/);
  });
});

function mariadbUrl(): string {
  const options = server.db.dataSource.options as { host: string; port: number; username: string; password?: string; database: string };
  return `mariadb://${encodeURIComponent(options.username)}:${encodeURIComponent(options.password ?? '')}@${options.host}:${options.port}/${options.database}`;
}
