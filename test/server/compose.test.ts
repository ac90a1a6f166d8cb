import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The compose file as `docker-compose config` resolves it: restart policies and a start gated on health. */
const file = path.resolve(__dirname, '../../docker-compose.yml');
const hasCompose = spawnSync('sh', ['-c', 'command -v docker-compose'], { stdio: 'ignore' }).status === 0;

describe.runIf(hasCompose || process.env.CI === 'true')('docker-compose.yml', () => {
  it('restarts both services and starts the app only once MariaDB is healthy', () => {
    const out = spawnSync('docker-compose', ['-f', file, 'config'], { encoding: 'utf8', cwd: path.dirname(file) });
    expect(out.status, out.stderr).toBe(0);
    // docker-compose 1.x prints YAML only; its own Python (PyYAML) reads it back as JSON
    const json = spawnSync('python3', ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: out.stdout, encoding: 'utf8' });
    expect(json.status, json.stderr).toBe(0);
    const config = JSON.parse(json.stdout);
    expect(config.services.mariadb.restart).toBe('unless-stopped');
    expect(config.services.app.restart).toBe('unless-stopped');
    expect(config.services.app.depends_on.mariadb.condition).toBe('service_healthy');
    expect(config.services.mariadb.healthcheck.test).toContain('--innodb_initialized');
    expect(config.services.app.healthcheck.test.join(' ')).toContain('/readyz');
  }, 60_000);
});

it('the compose file is there', () => expect(fs.existsSync(file)).toBe(true));
