import 'reflect-metadata';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { isEmpty, seedDemo } from './demo/seed.js';
import { ensureCatalogues } from './modules/kpi/kpi-catalogue.service.js';
import { readSettings } from './settings.js';

/** `npm run seed`: loads the demo data into the configured database when it is empty. */
async function main(): Promise<void> {
  const settings = readSettings();
  const dataSource = await openDataSource(settings.database);
  const db = new Database(dataSource, familyOf(settings.database));
  await ensureCatalogues(db);
  if (!(await isEmpty(db))) {
    console.log('The database already holds units: the demo data was not loaded again.');
  } else {
    await seedDemo(db, new Clock().today(), { accounts: settings.demo });
    console.log('Demo data loaded.');
  }
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
