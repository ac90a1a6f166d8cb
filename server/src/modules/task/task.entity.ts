import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, InstantColumn, SearchTextColumn } from '../../db/columns.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Directive } from '../document/directive.entity.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { TaskState } from './task-state.js';

/**
 * A tracked task: from a directive (or standalone), led by a unit, answered for by one official.
 * `timeliness` is derived (see rules/timeliness.ts); `originalDeadline` keeps the first deadline
 * when it is extended; `version` guards against lost updates. Deleting is a soft delete.
 */
@ObjectType()
@Entity('task')
@Index(['leadUnitId', 'deletedAt'])
// covering indexes of the summary and the evaluation facts: the timeliness and the year of a task
// are read from the index, never from a scan of the table
@Index('IDX_task_lead_timeliness', ['leadUnitId', 'deletedAt', 'state', 'originalDeadline', 'deadline', 'completedOn', 'reportedDoneOn', 'startDate'])
@Index('IDX_task_responsible_year', ['responsibleOfficialId', 'deletedAt', 'originalDeadline', 'deadline', 'startDate'])
export class Task {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'int', nullable: true })
  directiveId: number | null;

  @ManyToOne(() => Directive, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'directiveId' })
  directive?: Directive;

  @Field(() => ID)
  @Column({ type: 'int' })
  leadUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadUnitId' })
  leadUnit?: Unit;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'int', nullable: true })
  responsibleOfficialId: number | null;

  @ManyToOne(() => Official, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsibleOfficialId' })
  responsibleOfficial?: Official;

  @Field(() => ID, { nullable: true, description: 'The assigner' })
  @Column({ type: 'int', nullable: true })
  createdByOfficialId: number | null;

  @ManyToOne(() => Official, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdByOfficialId' })
  createdBy?: Official;

  @Field(() => LocalDate)
  @CalendarDateColumn()
  startDate: string;

  @Field(() => LocalDate, { nullable: true, description: 'Current deadline; empty for tasks without one' })
  @Index()
  @CalendarDateColumn({ nullable: true })
  deadline: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The first deadline set, kept when it is extended' })
  @CalendarDateColumn({ nullable: true })
  originalDeadline: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  weight: number;

  @Field(() => String)
  @Column({ type: 'text' })
  expectedResult: string;

  @Field(() => TaskState)
  @EnumColumn(TaskState)
  state: TaskState;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  percentDone: number;

  @Field(() => LocalDate, { nullable: true })
  @CalendarDateColumn({ nullable: true })
  reportedDoneOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date reported done, once accepted' })
  @CalendarDateColumn({ nullable: true })
  completedOn: string | null;

  @Field(() => Boolean, { description: 'Accepted as exceeding what was expected' })
  @Column({ type: 'boolean', default: false })
  exceeded: boolean;

  @Field(() => Int, { description: 'Times the task was returned: failed quality checks' })
  @Column({ type: 'int', default: 0 })
  returnCount: number;

  @Field(() => Int, { description: 'Returns the assigner marked as due to an objective cause: not deducted (Decree 335)' })
  @Column({ type: 'int', default: 0 })
  objectiveReturns: number;

  @Field(() => LocalDate, { nullable: true, description: 'The deadline granted for an objective cause: the task is judged by it instead of the first one' })
  @CalendarDateColumn({ nullable: true })
  excusedDeadline: string | null;

  @Field(() => String, { nullable: true, description: 'The objective cause of the extension, as recorded' })
  @Column({ type: 'text', nullable: true })
  excuseReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The official who confirmed the objective cause' })
  @Column({ type: 'int', nullable: true })
  excusedByOfficialId: number | null;

  @Field(() => Int, { description: 'Deadlines missed before the last one: extensions granted, without an objective cause, after a later deadline had passed' })
  @Column({ type: 'int', default: 0 })
  extraDelays: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date)
  @InstantColumn()
  createdAt: Date;

  @Field(() => Date)
  @InstantColumn()
  updatedAt: Date;

  @InstantColumn({ nullable: true })
  deletedAt: Date | null;

  @SearchTextColumn()
  searchText: string;
}

/** Units that take part in a task besides the lead unit (đơn vị phối hợp). */
@Entity('task_coordinating_unit')
export class TaskCoordinatingUnit {
  @PrimaryColumn({ type: 'int' })
  taskId: number;

  @PrimaryColumn({ type: 'int' })
  @Index()
  unitId: number;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Unit;
}

/** Officials who carry a task out. */
@Entity('task_assignee')
export class TaskAssignee {
  @PrimaryColumn({ type: 'int' })
  taskId: number;

  @PrimaryColumn({ type: 'int' })
  @Index()
  officialId: number;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officialId' })
  official?: Official;
}
