import 'reflect-metadata';
import path from 'node:path';
import pino from 'pino';
import { serve } from './serve.js';
import { readSettings } from './settings.js';

async function main(): Promise<void> {
  const settings = readSettings();
  const log = pino({ level: settings.logLevel });
  // SIGTERM (docker stop, a rolling restart): requests in flight finish, then the process ends
  await serve(settings, log, { adminDir: path.resolve(__dirname, '..', '..', 'admin', 'dist'), signals: { exit: (code) => process.exit(code) } });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
