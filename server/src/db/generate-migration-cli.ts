import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseFamily } from './data-source.js';

/**
 * `npm run migration:generate -- <Name>`: for each family, applies the committed migrations to
 * a scratch database, asks TypeORM what the entities still need, and writes that as a new
 * migration in src/db/migrations/<family>/. MariaDB comes from MIGRATION_MARIADB_URL (a server
 * where a scratch database may be created and dropped), default root@127.0.0.1.
 */
async function pendingSql(family: DatabaseFamily): Promise<{ up: string[]; down: string[] }> {
  const scratch = `chidao_migration_${process.pid}`;
  let admin: DataSource | null = null;
  let settings;
  if (family === 'sqlite') {
    settings = { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-mig-')) };
  } else {
    const base = process.env.MIGRATION_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306/test';
    admin = new DataSource(dataSourceOptions({ url: base, dataDir: '' }) as never);
    await admin.initialize();
    await admin.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const url = new URL(base);
    url.pathname = `/${scratch}`;
    settings = { url: url.toString(), dataDir: '' };
  }
  const ds = new DataSource(dataSourceOptions(settings));
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await ds.destroy();
    if (admin) {
      await admin.query(`DROP DATABASE \`${scratch}\``);
      await admin.destroy();
    }
  }
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('usage: migration:generate -- <PascalCaseName>');
  const stamp = Date.now();
  for (const family of ['sqlite', 'mariadb'] as const) {
    const { up, down } = await pendingSql(family);
    if (up.length === 0) {
      console.log(`${family}: no changes`);
      continue;
    }
    const dir = path.resolve(__dirname, '..', '..', 'src', 'db', 'migrations', family);
    const className = `${name}${stamp}`;
    fs.writeFileSync(path.join(dir, `${stamp}-${name}.ts`), render(className, up, down));
    const index = path.join(dir, 'index.ts');
    const listName = family === 'sqlite' ? 'sqliteMigrations' : 'mariadbMigrations';
    const current = fs.readFileSync(index, 'utf8');
    const imports = [...current.matchAll(/^import .*$/gm)].map((m) => m[0]);
    const classes = /\[(.*)\]/s.exec(current)?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    imports.push(`import { ${className} } from './${stamp}-${name}.js';`);
    classes.push(className);
    fs.writeFileSync(index, `${imports.join('\n')}\n\n/** Applied in this order; never edit one that has shipped, add a new one. */\nexport const ${listName} = [${classes.join(', ')}];\n`);
    console.log(`${family}: wrote ${className} (${up.length} statements)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
