import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.js';
import { vietnamDateOf } from '../../clock.js';
import { addDays } from '../../dates.js';
import type { Database } from '../../db/database.js';
import { formatDate } from '../../i18n/format-date.js';
import type { ScheduledJob } from '../../jobs/scheduler.js';
import { TaskState } from '../task/task-state.js';
import { alertMessage, deadlineAlerts } from './alert.service.js';

export const DIGEST_JOB = 'daily-alert-digest';

export interface DigestOptions {
  smtpUrl: string;
  from?: string;
  /** The digest goes out from this hour of the Vietnam day (0–23), 7 by default. */
  hour?: number;
}

interface Row { accountId: number; email: string; taskId: number; title: string; deadline: string }

/**
 * The daily e-mail digest: for every account with an address and the digest on, its open tasks
 * overdue or due within 7 days. One query for the whole province (responsible and assignees,
 * set-based), then one message per person. As a ScheduledJob whose period is the Vietnam date,
 * it runs on one server a day however many run (see jobs/lease.ts).
 */
export function digestJob(db: Database, clock: Clock, log: Logger, options: DigestOptions): ScheduledJob {
  const transport = nodemailer.createTransport(options.smtpUrl);
  const from = options.from ?? 'Chỉ đạo <no-reply@chidao.local>';
  const hour = options.hour ?? 7;
  return {
    name: DIGEST_JOB,
    periodOf(now) {
      const vietnamHour = (now.getUTCHours() + 7) % 24;
      return vietnamHour >= hour ? vietnamDateOf(now) : null;
    },
    async run(period) {
      const today = period;
      const rows = await digestRows(db, today);
      const byAccount = new Map<number, Row[]>();
      for (const r of rows) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r]);
      let sent = 0;
      for (const list of byAccount.values()) {
        const seen = new Set<number>();
        const unique = list.filter((r) => !seen.has(r.taskId) && seen.add(r.taskId));
        const alerts = deadlineAlerts(unique, today).sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
        if (alerts.length === 0) continue;
        const lines = alerts.map((a) => `- ${alertMessage('vi', a)}`);
        await transport.sendMail({
          from,
          to: list[0].email,
          subject: `Chỉ đạo: ${alerts.length} nhiệm vụ cần chú ý ngày ${formatDate('vi', today)}`,
          text: [`Các nhiệm vụ quá hạn hoặc đến hạn trong 7 ngày tới (ngày ${formatDate('vi', today)}):`, '', ...lines, ''].join('\n'),
        });
        sent += 1;
      }
      log.info({ job: DIGEST_JOB, period, sent }, 'daily digest sent');
    },
  };
}

/** Every subscribed account's open tasks overdue or due within 7 days, as responsible official or assignee. */
export async function digestRows(db: Database, today: string): Promise<Row[]> {
  const open = [TaskState.NOT_STARTED, TaskState.IN_PROGRESS];
  const base = `FROM alert_preference p
    JOIN account a ON a.id = p.accountId
    JOIN task t ON t.deletedAt IS NULL AND t.state IN (?, ?) AND t.deadline IS NOT NULL AND t.deadline <= ?`;
  const who = `p.dailyDigest = ? AND p.email IS NOT NULL AND a.disabled = ? AND a.officialId IS NOT NULL`;
  const sql = `SELECT p.accountId AS accountId, p.email AS email, t.id AS taskId, t.title AS title, t.deadline AS deadline
    ${base} AND t.responsibleOfficialId = a.officialId WHERE ${who}
    UNION
    SELECT p.accountId AS accountId, p.email AS email, t.id AS taskId, t.title AS title, t.deadline AS deadline
    ${base} JOIN task_assignee ta ON ta.taskId = t.id AND ta.officialId = a.officialId WHERE ${who}`;
  const d7 = addDays(today, 7);
  const params = [...open, d7, 1, 0, ...open, d7, 1, 0];
  const rows: Row[] = await db.manager.query(sql, params);
  return rows.map((r) => ({ ...r, accountId: Number(r.accountId), taskId: Number(r.taskId), deadline: String(r.deadline).slice(0, 10) }));
}
