import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import { entities } from './entities.js';
import { mariadbMigrations } from './migrations/mariadb/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { CountingLogger } from './query-counter.js';
import { ColumnLimits } from '../validation.js';

export type DatabaseFamily = 'sqlite' | 'mariadb';

export interface DatabaseSettings {
  /** `mariadb://` or `mysql://`; empty means an embedded SQLite file in `dataDir`. */
  url?: string;
  dataDir: string;
}

export function familyOf(settings: DatabaseSettings): DatabaseFamily {
  if (!settings.url) return 'sqlite';
  if (/^(mariadb|mysql):\/\//.test(settings.url)) return 'mariadb';
  throw new Error(`DATABASE_URL must start with mariadb:// or mysql:// (got ${settings.url.split(':')[0]}:)`);
}

export function migrationsOf(family: DatabaseFamily): Array<new () => MigrationInterface> {
  return family === 'sqlite' ? sqliteMigrations : mariadbMigrations;
}

/** The TypeORM options for either family; the schema always comes from committed migrations. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const family = familyOf(settings);
  const common = {
    entities,
    subscribers: [ColumnLimits],
    migrations: migrationsOf(family),
    migrationsRun: false,
    synchronize: false,
    logger: new CountingLogger(process.env.LOG_SQL === '1'),
  };
  if (family === 'sqlite') {
    fs.mkdirSync(settings.dataDir, { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: path.join(settings.dataDir, 'chidao.sqlite'),
      enableWAL: true,
    };
  }
  const url = new URL(settings.url!);
  return {
    ...common,
    type: 'mariadb',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.replace(/^\//, ''),
    timezone: 'Z',
    dateStrings: ['DATE'],
    charset: 'utf8mb4_unicode_ci',
    // a lost database node must not hold a request: a new connection gives up after 5 s
    connectTimeout: 5_000,
  };
}

export async function openDataSource(settings: DatabaseSettings): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(settings));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
