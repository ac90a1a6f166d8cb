import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumColumn, InstantColumn } from '../db/columns.js';

export const JobRunState = { RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const;
export type JobRunState = (typeof JobRunState)[keyof typeof JobRunState];

/**
 * One run of a scheduled job for one period (a day, a month…). The primary key (job, period) is
 * the lease: the server whose INSERT wins runs the period; the others see the row and skip. A
 * run whose server died keeps its row RUNNING until `leaseUntil`, after which another server may
 * take it over with a compare-and-set on the holder. Nothing is kept in a process, so it holds
 * for any number of servers on one database (or one Galera cluster: the key conflicts at commit).
 */
@Entity('job_run')
export class JobRun {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  job: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  period: string;

  @EnumColumn(JobRunState)
  state: JobRunState;

  /** The server that holds or held the lease (host, process and a random part). */
  @Column({ type: 'varchar', length: 128 })
  holder: string;

  @InstantColumn()
  startedAt: Date;

  @InstantColumn()
  leaseUntil: Date;

  @InstantColumn({ nullable: true })
  finishedAt: Date | null;

  /** How many times the period was started (1, or more after a takeover or a failure). */
  @Column({ type: 'int', default: 1 })
  attempts: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error: string | null;
}
