import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, InstantColumn } from '../../db/columns.js';
import { Account } from '../account/account.entity.js';
import { Official } from '../official/official.entity.js';
import { Task } from './task.entity.js';

export enum TaskAction {
  CREATED = 'CREATED',
  EDITED = 'EDITED',
  DEADLINE_CHANGED = 'DEADLINE_CHANGED',
  PROGRESS_REPORTED = 'PROGRESS_REPORTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
  DELETED = 'DELETED',
}
registerEnumType(TaskAction, { name: 'TaskAction', description: 'What was done to a task' });

/**
 * One line of a task's history: who changed which field, when, from what to what, and why.
 * Append-only: the application inserts these rows and never updates or deletes them.
 * Values are JSON so that lists (assignees) and scalars read alike.
 */
@ObjectType()
@Entity('task_event')
@Index(['taskId', 'at'])
export class TaskEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @Field(() => Date)
  @InstantColumn()
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorOfficialId: number | null;

  @ManyToOne(() => Official, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actorOfficialId' })
  actor?: Official;

  @Field(() => ID, { nullable: true, description: 'The signed-in account that made the change' })
  @Column({ type: 'int', nullable: true })
  actorAccountId: number | null;

  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actorAccountId' })
  actorAccount?: Account;

  @Field(() => TaskAction)
  @EnumColumn(TaskAction)
  action: TaskAction;

  @Field(() => String, { nullable: true, description: 'The task field that changed' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'JSON value before the change' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON value after the change' })
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
