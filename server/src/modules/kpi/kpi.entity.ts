import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, InstantColumn } from '../../db/columns.js';
import { Decimal2 } from '../../graphql/decimal.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Account } from '../account/account.entity.js';
import { Task } from '../task/task.entity.js';
import { Unit } from '../unit/unit.entity.js';

/**
 * A version of the national public-service index (Decision 766/QĐ-TTg), from the date it applies.
 * A later decision adds a catalogue; results keep the one they were scored under.
 */
@ObjectType()
@Entity('indicator_catalogue')
export class IndicatorCatalogue {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Index({ unique: true }) @Column({ type: 'varchar', length: 50 }) code: string;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) name: string;
  @Field(() => LocalDate) @CalendarDateColumn() appliesFrom: string;
  @Field(() => String) @Column({ type: 'text' }) source: string;
}

/** One of the six groups of the index, with its maximum points (in hundredths). */
@ObjectType()
@Entity('indicator_group')
@Index(['catalogueId', 'code'], { unique: true })
export class IndicatorGroup {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) catalogueId: number;
  @ManyToOne(() => IndicatorCatalogue, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'catalogueId' }) catalogue?: IndicatorCatalogue;
  @Field(() => String) @Column({ type: 'varchar', length: 20 }) code: string;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) nameVi: string;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) nameEn: string;
  @Field(() => Decimal2, { description: 'Maximum points of the group' }) @Column({ type: 'int' }) max: number;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) sortOrder: number;
}

/** An indicator inside a group. Its maximum may be unknown (not confirmed by the decision's text). */
@ObjectType()
@Entity('indicator')
@Index(['groupId', 'code'], { unique: true })
export class Indicator {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) groupId: number;
  @ManyToOne(() => IndicatorGroup, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'groupId' }) group?: IndicatorGroup;
  @Field(() => String) @Column({ type: 'varchar', length: 20 }) code: string;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) nameVi: string;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) nameEn: string;
  @Field(() => Decimal2, { nullable: true, description: 'Maximum points; empty when unknown' }) @Column({ type: 'int', nullable: true }) max: number | null;
  @Field(() => String, { nullable: true, description: 'How the portal scores it, as far as known' }) @Column({ type: 'text', nullable: true }) rule: string | null;
  @Field(() => Boolean, { description: 'Points not confirmed by the decision text' }) @Column({ type: 'boolean', default: false }) uncertain: boolean;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) sortOrder: number;
}

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  FIRST_MONTHS = 'FIRST_MONTHS',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'A month, a quarter, the first N months of a year, or a year' });

/**
 * A unit's score on the index for a period: group scores, total and indicator values. A result
 * that does not add up is kept only "as published", with a note, and flagged wherever shown.
 */
@ObjectType()
@Entity('indicator_result')
@Index(['unitId', 'periodKind', 'year', 'periodNumber', 'catalogueId'], { unique: true })
export class IndicatorResult {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) unitId: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unitId' }) unit?: Unit;
  @Field(() => ID) @Column({ type: 'int' }) catalogueId: number;
  @ManyToOne(() => IndicatorCatalogue, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'catalogueId' }) catalogue?: IndicatorCatalogue;
  @Field(() => PeriodKind) @EnumColumn(PeriodKind) periodKind: PeriodKind;
  @Field(() => Int) @Column({ type: 'int' }) year: number;
  @Field(() => Int, { description: 'Month (1–12), quarter (1–4), number of months (1–12); 0 for a year' }) @Column({ type: 'int' }) periodNumber: number;
  @Field(() => Decimal2) @Column({ type: 'int' }) total: number;
  @Field(() => Boolean, { description: 'Saved as published although it does not add up' }) @Column({ type: 'boolean', default: false }) asPublished: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'What does not add up, when saved as published' }) @Column({ type: 'text', nullable: true }) inconsistency: string | null;
  @Field(() => Date) @InstantColumn() createdAt: Date;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) createdByAccountId: number | null;
  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'createdByAccountId' }) createdBy?: Account;
}

@ObjectType()
@Entity('indicator_group_score')
@Index(['resultId', 'groupId'], { unique: true })
export class IndicatorGroupScore {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) resultId: number;
  @ManyToOne(() => IndicatorResult, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'resultId' }) result?: IndicatorResult;
  @Field(() => ID) @Column({ type: 'int' }) groupId: number;
  @ManyToOne(() => IndicatorGroup, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'groupId' }) group?: IndicatorGroup;
  @Field(() => Decimal2) @Column({ type: 'int' }) score: number;
}

/** An indicator's value in a result: its points and/or its rate (a percentage). */
@ObjectType()
@Entity('indicator_value')
@Index(['resultId', 'indicatorId'], { unique: true })
export class IndicatorValue {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) resultId: number;
  @ManyToOne(() => IndicatorResult, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'resultId' }) result?: IndicatorResult;
  @Field(() => ID) @Column({ type: 'int' }) indicatorId: number;
  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'indicatorId' }) indicator?: Indicator;
  @Field(() => Decimal2, { nullable: true }) @Column({ type: 'int', nullable: true }) score: number | null;
  @Field(() => Decimal2, { nullable: true, description: 'Rate in %, 0–100' }) @Column({ type: 'int', nullable: true }) rate: number | null;
}

/** A task meant to move an indicator: the rate it aims at, and where it started. */
@ObjectType()
@Entity('task_indicator_target')
@Index(['taskId', 'indicatorId'], { unique: true })
export class TaskIndicatorTarget {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) taskId: number;
  @ManyToOne(() => Task, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'taskId' }) task?: Task;
  @Field(() => ID) @Index() @Column({ type: 'int' }) indicatorId: number;
  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'indicatorId' }) indicator?: Indicator;
  @Field(() => Decimal2, { description: 'Target rate in %' }) @Column({ type: 'int' }) target: number;
  @Field(() => Decimal2, { nullable: true, description: 'Rate in % when the task was set' }) @Column({ type: 'int', nullable: true }) baseline: number | null;
}
