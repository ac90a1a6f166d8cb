import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../db/columns.js';

/**
 * An alert an account has read. Alerts themselves are derived from the tasks and evaluations
 * each time (nothing to keep in step); their keys are stable (kind, record, deadline or event),
 * so that a read "due in 7 days" stays read while "due in 3 days" comes up unread later.
 */
@Entity('alert_read')
export class AlertRead {
  @PrimaryColumn({ type: 'int' })
  accountId: number;

  @PrimaryColumn({ type: 'varchar', length: 120 })
  alertKey: string;

  @InstantColumn()
  readAt: Date;
}

/** Where an account's daily digest goes; no row (or no address): no e-mail. */
@Entity('alert_preference')
export class AlertPreference {
  @PrimaryColumn({ type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email: string | null;

  @Column({ type: 'boolean', default: true })
  dailyDigest: boolean;

  @InstantColumn()
  updatedAt: Date;
}
