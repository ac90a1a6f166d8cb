import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../db/columns.js';

/**
 * Sign-in tries of one username from one source address. Kept for unknown usernames too, so a
 * guesser learns nothing from the answer or its timing; a lock here blocks that address only.
 */
@Entity('login_attempt')
@Index(['lastTryAt'])
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username: string;

  /** The client address as Express sees it (`TRUST_PROXY` decides whether forwarded headers count). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  source: string;

  /** Tries since the last success or lock; a try counts from the moment it is let through. */
  @Column({ type: 'int', default: 0 })
  failures: number;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @InstantColumn()
  lastTryAt: Date;
}
