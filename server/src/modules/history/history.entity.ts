import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the event log every audit trail is appended to. `seq` is given under the chain
 * head's lock (1, 2, 3… without gaps); `hash` seals the entry and the one before it:
 * sha256 over `prevHash`, `seq`, `kind`, `recordId`, `action` and `payload` (see history-hash.ts).
 * `payload` is the canonical encoding of the recorded row as it was written.
 */
@Entity('history_log')
@Index(['kind', 'recordId'])
export class HistoryEntry {
  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'int' })
  recordId: number;

  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/**
 * The chain head, kept apart from the log: how many entries there are and the hash of the last.
 * One row (id 1), locked by every append; printed in the daily digest an office files away.
 */
@Entity('history_head')
export class HistoryHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /** 0 when records older than the log still wait to be entered into it (see history.baseline). */
  @Column({ type: 'boolean', default: false })
  baselined: boolean;
}
