import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { systemActor } from './auth/actor.js';
import { Role } from './auth/roles.js';
import { TokenService } from './auth/token.js';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { AccountService } from './modules/account/account.service.js';
import { IsNull } from 'typeorm';
import { Unit, UnitKind } from './modules/unit/unit.entity.js';
import { UnitService } from './modules/unit/unit.service.js';
import { readSettings } from './settings.js';

/**
 * `npm run create-admin -- <username> [unitCode] [unitName]`: the first administrator of a real
 * deployment, over the given unit or every root unit. On an empty database, give the code and
 * name of the root unit (a province) and it is created too. The password is temporary: printed once, or taken
 * from ADMIN_PASSWORD; the server warns until it is changed.
 */
async function main(): Promise<void> {
  const [username, unitCode, unitName] = process.argv.slice(2);
  if (!username) throw new Error('usage: npm run create-admin -- <username> [unitCode] [unitName]');
  const settings = readSettings();
  const dataSource = await openDataSource(settings.database);
  const db = new Database(dataSource, familyOf(settings.database));
  const clock = new Clock();
  try {
    let units = unitCode ? await db.manager.findBy(Unit, { code: unitCode.toUpperCase() }) : await db.manager.findBy(Unit, { parentId: IsNull() });
    if (units.length === 0 && unitCode && unitName) {
      units = [await new UnitService(db, systemActor()).create({ code: unitCode, name: unitName, kind: UnitKind.PROVINCE })];
    }
    if (units.length === 0) {
      throw new Error(unitCode ? `no unit has the code ${unitCode}` : 'there is no unit yet: give the root unit too, e.g. `npm run create-admin -- admin TN "Tỉnh Thái Nguyên"`');
    }
    const password = process.env.ADMIN_PASSWORD || randomBytes(9).toString('base64url');
    const accounts = new AccountService(db, clock, new TokenService(db, clock, 60), systemActor());
    const account = await accounts.create({ username, password });
    for (const unit of units) await accounts.createRole({ accountId: String(account.id), role: Role.ADMIN, unitId: String(unit.id) });
    console.log(`administrator "${account.username}" created over ${units.map((u) => u.name).join(', ')}`);
    if (!process.env.ADMIN_PASSWORD) console.log(`temporary password: ${password}  (change it at first sign-in)`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
