import 'reflect-metadata';
import path from 'node:path';
import pino from 'pino';
import { createApp } from './app.js';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { isEmpty, seedDemo } from './demo/seed.js';
import { Account } from './modules/account/account.entity.js';
import { ensureCatalogues } from './modules/kpi/kpi-catalogue.service.js';
import { readSettings } from './settings.js';

async function main(): Promise<void> {
  const settings = readSettings();
  const log = pino({ level: settings.logLevel });
  const family = familyOf(settings.database);
  const dataSource = await openDataSource(settings.database);
  const db = new Database(dataSource, family);
  const clock = new Clock();
  await ensureCatalogues(db);
  if (settings.demo && (await isEmpty(db))) {
    log.info('empty database: loading the demo data');
    await seedDemo(db, clock.today(), { accounts: true });
  }
  const temporary = await db.manager.countBy(Account, { passwordTemporary: true, disabled: false });
  if (temporary > 0) log.warn(`${temporary} account(s) still have a temporary password: ask their owners to sign in and change it`);
  if ((await db.manager.count(Account)) === 0) log.warn('there is no account yet: create the first administrator with `npm run create-admin -- <username>`');
  const { app, stop } = await createApp({
    db, clock, log, adminDir: path.resolve(__dirname, '..', '..', 'admin', 'dist'),
    introspection: settings.introspection, tokenTtlMinutes: settings.tokenTtlMinutes, maxComplexity: settings.maxComplexity,
    smtpUrl: settings.smtpUrl, smtpFrom: settings.smtpFrom, digestHour: settings.digestHour,
  });
  if (settings.smtpUrl) log.info(`daily e-mail digest on, from ${settings.digestHour}:00 Vietnam time`);
  const server = app.listen(settings.port, () => {
    const where = family === 'sqlite' ? path.join(settings.database.dataDir, 'chidao.sqlite') : 'MariaDB';
    log.info(`ready on http://localhost:${settings.port} (admin at /, API at /graphql, database: ${where})`);
  });
  const shutdown = () => {
    server.close(() => void stop().finally(() => dataSource.destroy().finally(() => process.exit(0))));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
