import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { familyOf, type DatabaseSettings } from './data-source.js';

/**
 * Backups of either family into one file, taken while the server runs:
 * - SQLite: the online backup API of better-sqlite3 (a consistent copy, page by page, of the live
 *   file, WAL included);
 * - MariaDB: `mariadb-dump --single-transaction` (one consistent snapshot, without locking
 *   writers; triggers included), restored with the `mariadb` client.
 */
export function sqliteFile(settings: DatabaseSettings): string {
  return path.join(settings.dataDir, 'chidao.sqlite');
}

function clientArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[\w$-]+$/.test(database)) throw new Error(`unexpected database name in DATABASE_URL: ${database}`);
  const args = ['-h', u.hostname, '-P', u.port || '3306', '-u', decodeURIComponent(u.username) || 'root', '--default-character-set=utf8mb4'];
  return { args, env: { ...process.env, MYSQL_PWD: decodeURIComponent(u.password) }, database };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string, stdout?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: [stdin ? 'pipe' : 'ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c) => (stderr += c));
    if (stdout) child.stdout!.pipe(fs.createWriteStream(stdout));
    if (stdin) fs.createReadStream(stdin).pipe(child.stdin!);
    child.on('error', (error) => reject(new Error(`${command} could not be run (${error.message}): install the MariaDB client`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim().slice(0, 1000)}`))));
  });
}

/** Writes a backup of the configured database to `file`; the server may keep running. */
export async function backupDatabase(settings: DatabaseSettings, file: string): Promise<void> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (familyOf(settings) === 'sqlite') {
    const source = sqliteFile(settings);
    if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
    const db = new Sqlite(source, { fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    return;
  }
  const { args, env, database } = clientArgs(settings.url!);
  const partial = `${target}.partial`;
  await run('mariadb-dump', [...args, '--single-transaction', '--quick', '--triggers', '--routines', '--hex-blob', '--skip-lock-tables', database], env, undefined, partial);
  fs.renameSync(partial, target);
}

/**
 * Replaces the configured database with a backup. Stop the server first. SQLite: the file is
 * copied in place (old WAL files removed); MariaDB: the dump is loaded into the database named in
 * DATABASE_URL (its tables are dropped and re-created by the dump).
 */
export async function restoreDatabase(settings: DatabaseSettings, file: string): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`no backup at ${source}`);
  if (familyOf(settings) === 'sqlite') {
    const check = new Sqlite(source, { readonly: true, fileMustExist: true });
    try {
      const ok = check.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw new Error(`the backup ${source} is damaged: ${ok}`);
    } finally {
      check.close();
    }
    const target = sqliteFile(settings);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.restoring`;
    fs.copyFileSync(source, temporary);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(temporary, target);
    return;
  }
  const { args, env, database } = clientArgs(settings.url!);
  await run('mariadb', [...args, database], env, source);
}
