import { backupDatabase, restoreDatabase } from './db/backup.js';
import { familyOf } from './db/data-source.js';
import { readSettings } from './settings.js';

/**
 * `npm run backup -- [file]` (default backups/chidao-<time>.sqlite|.sql) while the server runs;
 * `npm run restore -- <file>` with the server stopped. Both read DATABASE_URL / DATA_DIR.
 */
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  const settings = readSettings();
  const family = familyOf(settings.database);
  if (command === 'backup') {
    const target = file ?? `backups/chidao-${new Date().toISOString().replace(/[:.]/g, '-')}.${family === 'sqlite' ? 'sqlite' : 'sql'}`;
    await backupDatabase(settings.database, target);
    console.log(`backup written to ${target}`);
  } else if (command === 'restore') {
    if (!file) throw new Error('usage: npm run restore -- <backup file> (stop the server first)');
    await restoreDatabase(settings.database, file);
    console.log(`restored from ${file}; check it with: npm run verify-history`);
  } else {
    throw new Error('usage: backup-cli backup [file] | restore <file>');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
