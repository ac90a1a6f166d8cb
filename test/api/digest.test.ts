import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { Database } from '../../server/src/db/database.js';
import { openDataSource } from '../../server/src/db/data-source.js';
import { JobRun } from '../../server/src/jobs/job-run.entity.js';
import { buildWorld, CREATE_TASK, vietnamTime, type World } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The daily e-mail digest goes over SMTP to an SMTP server this test starts. Two servers (two
 * connections to one database, each with its own scheduler) tick together: one digest a day.
 */
interface Mail { to: string[]; subject: string; text: string }
let server: TestServer;
let second: Database;
let smtp: SMTPServer;
let smtpUrl: string;
let w: World;
const mails: Mail[] = [];

function decodeWords(header: string): string {
  return header.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')));
}

function decodeQp(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parse(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const body = rest.join('\n\n');
  const text = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
  return { to, subject, text: text.replace(/\r\n/g, '\n') };
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  server = await startTestServer();
  second = new Database(await openDataSource(server.settings), server.family);
  server.clock.set(vietnamTime('2026-11-25'));
  w = await buildWorld(server);
});

afterAll(async () => {
  await second?.dataSource.destroy();
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('the daily e-mail digest', () => {
  it('refuses an address that is not one, and keeps each account’s own', async () => {
    const bad = await server.gql(`mutation { setMyAlertPreference(email: "canbo-a.xa") { email } }`, {}, { actor: w.officialA });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe('"canbo-a.xa" không phải địa chỉ thư điện tử hợp lệ.');
    const ok = await server.gql(`mutation { setMyAlertPreference(email: "an.nv@dongsanh.gov.vn") { email dailyDigest } }`, {}, { actor: w.officialA });
    expect(ok.data.setMyAlertPreference).toEqual({ email: 'an.nv@dongsanh.gov.vn', dailyDigest: true });
    await server.gql(`mutation { setMyAlertPreference(email: "binh.lt@banbo.gov.vn") { email } }`, {}, { actor: w.officialB });
    expect((await server.gql(`{ myAlertPreference { email dailyDigest } }`, {}, { actor: w.headA })).data.myAlertPreference).toEqual({ email: null, dailyDigest: false });
  });

  it('is sent once a day from 07:00 in Vietnam when two servers tick together', async () => {
    const task = (title: string, deadline: string, official: string, unit: string) =>
      server.gql(CREATE_TASK, { title, leadUnitId: unit, deadline, startDate: '2026-11-01', responsibleOfficialId: official });
    await task('Nộp báo cáo quý IV', '2026-12-04', w.officialA, w.communeA);
    await task('Rà soát hồ sơ đất', '2026-11-30', w.officialA, w.communeA);
    await task('Việc còn xa hạn', '2026-12-20', w.officialB, w.communeB);
    const log = pino({ level: 'silent' });
    const options = { clock: server.clock, log, smtpUrl, startScheduler: false };
    const a = await createApp({ ...options, db: server.db });
    const b = await createApp({ ...options, db: second });
    try {
      server.clock.set('2026-12-01T23:30:00.000Z'); // 02/12 06:30 in Hanoi: not yet
      expect(await Promise.all([a.scheduler.tick(), b.scheduler.tick()])).toEqual([{ 'daily-alert-digest': 'idle' }, { 'daily-alert-digest': 'idle' }]);
      expect(mails).toHaveLength(0);
      server.clock.set('2026-12-02T00:30:00.000Z'); // 07:30 in Hanoi
      const outcomes = await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
      expect(outcomes.map((o) => o['daily-alert-digest']).filter((o) => o === 'ran')).toHaveLength(1);
      // officialB's only task is 18 days away: no mail for them; headA has no address
      expect(mails.map((m) => m.to)).toEqual([['an.nv@dongsanh.gov.vn']]);
      expect(mails[0].subject).toBe('Chỉ đạo: 2 nhiệm vụ cần chú ý ngày 02/12/2026');
      expect(mails[0].text).toBe([
        'Các nhiệm vụ quá hạn hoặc đến hạn trong 7 ngày tới (ngày 02/12/2026):',
        '',
        '- Nhiệm vụ “Rà soát hồ sơ đất” đã quá hạn 2 ngày (hạn 30/11/2026).',
        '- Nhiệm vụ “Nộp báo cáo quý IV” còn 2 ngày đến hạn (04/12/2026).',
        '',
      ].join('\n'));
      server.clock.set('2026-12-02T10:00:00.000Z');
      await Promise.all([b.scheduler.tick(), a.scheduler.tick()]);
      expect(mails).toHaveLength(1);
      server.clock.set('2026-12-03T01:00:00.000Z'); // the next Vietnam day
      await Promise.all([b.scheduler.tick(), a.scheduler.tick()]);
      expect(mails).toHaveLength(2);
      expect(mails[1].subject).toBe('Chỉ đạo: 2 nhiệm vụ cần chú ý ngày 03/12/2026');
      const runs = await server.db.manager.find(JobRun, { where: { job: 'daily-alert-digest' }, order: { period: 'ASC' } });
      expect(runs.map((r) => [r.period, r.state])).toEqual([['2026-12-02', 'DONE'], ['2026-12-03', 'DONE']]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
