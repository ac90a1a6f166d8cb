import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, InstantColumn } from '../../db/columns.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Official } from '../official/official.entity.js';
import { TaskState } from './task-state.js';
import { Task } from './task.entity.js';

/** A progress report on a task by an official: state, percent, note and evidence (minh chứng). */
@ObjectType()
@Entity('task_update')
@Index(['taskId', 'reportedAt'])
export class TaskUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  taskId: number;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taskId' })
  task?: Task;

  @Field(() => ID)
  @Column({ type: 'int' })
  officialId: number;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officialId' })
  official?: Official;

  @Field(() => Date)
  @InstantColumn()
  reportedAt: Date;

  @Field(() => LocalDate)
  @CalendarDateColumn()
  reportedOn: string;

  @Field(() => TaskState)
  @EnumColumn(TaskState)
  state: TaskState;

  @Field(() => Int)
  @Column({ type: 'int' })
  percentDone: number;

  @Field(() => String)
  @Column({ type: 'text' })
  note: string;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  evidenceLinks: string[];
}
