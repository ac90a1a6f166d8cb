import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const MARIADBD = '/usr/sbin/mariadbd';
export const hasMariadbd = () => fs.existsSync(MARIADBD) && spawnSync('which', ['mariadb-install-db']).status === 0;

/**
 * A MariaDB server of the test's own: its data folder under the temp dir, its own port, run as
 * the `mysql` user, started and killed at will. Never the machine's shared server.
 */
export interface PrivateMariadb {
  url: string;
  start(): Promise<void>;
  /** SIGKILL: the server dies as in a crash. */
  kill(): Promise<void>;
  destroy(): Promise<void>;
}

const portOpen = (port: number) => new Promise<boolean>((resolve) => {
  const socket = net.connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});

export async function privateMariadb(port = 3407, database = 'chidao'): Promise<PrivateMariadb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chidao-mdb-'));
  fs.chmodSync(dir, 0o755);
  spawnSync('chown', ['mysql:mysql', dir]);
  const install = spawnSync('mariadb-install-db', ['--no-defaults', '--user=mysql', `--datadir=${dir}/data`, '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
  fs.writeFileSync(path.join(dir, 'init.sql'), `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n`, { mode: 0o644 });
  let child: ChildProcess | null = null;
  const exited = () => new Promise<void>((resolve) => (child && child.exitCode === null && child.signalCode === null ? child.once('exit', () => resolve()) : resolve()));
  return {
    url: `mariadb://root@127.0.0.1:${port}/${database}`,
    async start() {
      if (await portOpen(port)) throw new Error(`port ${port} is taken: the private MariaDB needs it`);
      child = spawn(MARIADBD, [
        '--no-defaults', '--user=mysql', `--datadir=${dir}/data`, `--socket=${dir}/mysqld.sock`, `--port=${port}`, '--bind-address=127.0.0.1',
        '--skip-grant-tables', `--init-file=${dir}/init.sql`, '--innodb-buffer-pool-size=32M', `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/error.log`,
        '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci',
      ], { stdio: 'ignore' });
      for (let i = 0; i < 300; i += 1) {
        if (await portOpen(port)) return;
        if (child.exitCode !== null) throw new Error(`mariadbd exited: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8').slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('mariadbd did not open its port within 30 s');
    },
    async kill() {
      child?.kill('SIGKILL');
      await exited();
      child = null;
    },
    async destroy() {
      child?.kill('SIGTERM');
      await exited();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
