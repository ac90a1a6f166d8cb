import 'reflect-metadata';
import { Clock } from './clock.js';
import { Database } from './db/database.js';
import { familyOf, openDataSource } from './db/data-source.js';
import { historyDigest, verifyHistory, type FiledDigest } from './modules/history/history-verify.js';
import { readSettings } from './settings.js';

/**
 * `npm run verify-history [-- --digest <count>:<hash>]`: walks the event log and the recorded
 * tables; exit 0 when everything holds, 1 naming what does not (2 when it could not run).
 * `npm run history-digest`: prints today's digest (entries and head hash) for the office to file.
 * Both read DATABASE_URL / DATA_DIR like the server.
 */
async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const settings = readSettings();
  const dataSource = await openDataSource(settings.database);
  const db = new Database(dataSource, familyOf(settings.database));
  try {
    if (command === 'digest') {
      console.log((await historyDigest(db, new Clock())).text);
      return 0;
    }
    let filed: FiledDigest | undefined;
    const at = args.indexOf('--digest');
    if (at >= 0) {
      const match = /^(\d+):([0-9a-f]{64})$/i.exec(args[at + 1] ?? '');
      if (!match) throw new Error('--digest takes <count>:<hash> as printed on the filed digest');
      filed = { count: Number(match[1]), hash: match[2].toLowerCase() };
    }
    const report = await verifyHistory(db, filed);
    if (report.ok) {
      console.log(`history verified: ${report.entries} entries, head ${report.head.hash}${filed ? ', matches the filed digest' : ''}`);
      return 0;
    }
    console.log(`HISTORY DOES NOT VERIFY (${report.entries} entries, head records ${report.head.seq}):`);
    for (const p of report.problems) console.log(`- ${p.problem}: ${p.message}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
