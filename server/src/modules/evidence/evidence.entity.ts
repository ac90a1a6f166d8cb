import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn } from '../../db/columns.js';

/**
 * A file attached as evidence to a progress report: the scanned, signed document an office
 * holds. Kept in the database (so any server can serve it), in chunks that fit a BLOB on both
 * SQLite and MariaDB; its SHA-256 is also written into the task's history.
 */
@ObjectType()
@Entity('evidence_file')
@Index(['taskId'])
export class EvidenceFile {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) taskId: number;
  @Field(() => ID) @Index() @Column({ type: 'int' }) taskUpdateId: number;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) fileName: string;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) mimeType: string;
  @Field(() => Int, { description: 'Bytes' }) @Column({ type: 'int' }) size: number;
  @Field(() => String, { description: 'SHA-256 of the content, hex' }) @Column({ type: 'varchar', length: 64 }) sha256: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) uploadedByAccountId: number | null;
  @Field(() => Date) @InstantColumn() uploadedAt: Date;
}

@Entity('evidence_chunk')
export class EvidenceChunk {
  @PrimaryColumn({ type: 'int' }) fileId: number;
  @PrimaryColumn({ type: 'int' }) seq: number;
  @Column({ type: 'blob' }) data: Buffer;
}
