import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The cluster project needs test/support/galera.sh's cluster: used as is when HAProxy answers,
 * else started here (and stopped afterwards). A cluster that cannot start fails the run.
 */
const script = path.resolve(__dirname, '../support/galera.sh');

function running(): boolean {
  try {
    const status = execFileSync('bash', [script, 'status'], { encoding: 'utf8' });
    return (status.match(/state=Synced size=3/g) ?? []).length === 3 && /haproxy pid=/.test(status);
  } catch {
    return false;
  }
}

export default function setup(): (() => void) | undefined {
  if (running()) return undefined;
  execFileSync('bash', [script, 'start'], { stdio: 'inherit', timeout: 240_000 });
  return () => {
    execFileSync('bash', [script, 'stop'], { stdio: 'inherit' });
  };
}
