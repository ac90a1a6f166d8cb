import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, InstantColumn } from '../../db/columns.js';
import { Decimal2 } from '../../graphql/decimal.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Account } from '../account/account.entity.js';
import { OfficialCategory, Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';

import { RatingLevel } from '../../rules/rating/levels.js';

export { RatingLevel };
registerEnumType(RatingLevel, { name: 'RatingLevel', description: 'Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ' });

/** A cycle is open until HR publishes it, then closed for good (see CYCLE_WORKFLOW). */
export enum CycleState { OPEN = 'OPEN', CLOSED = 'CLOSED' }
registerEnumType(CycleState, { name: 'CycleState' });

export enum EvaluationState {
  NOT_RATED = 'NOT_RATED',
  OPEN = 'OPEN',
  SELF_ASSESSED = 'SELF_ASSESSED',
  PROPOSED = 'PROPOSED',
  REVIEWED = 'REVIEWED',
  DECIDED = 'DECIDED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(EvaluationState, { name: 'EvaluationState', description: 'Self-assessment → head\'s proposal → HR review → decision → published' });

/** The yearly evaluation of the officials of a unit subtree, under that year's rulebooks. */
@ObjectType()
@Entity('evaluation_cycle')
@Index(['year', 'unitId'], { unique: true })
export class EvaluationCycle {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => Int) @Column({ type: 'int' }) year: number;
  @Field(() => ID) @Column({ type: 'int' }) unitId: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unitId' }) unit?: Unit;
  @Field(() => LocalDate) @CalendarDateColumn() opensOn: string;
  @Field(() => LocalDate) @CalendarDateColumn() closesOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day self-assessments are due: before it a head proposes only on a self-assessment; empty: no such day set' }) @CalendarDateColumn({ nullable: true }) selfAssessBy: string | null;
  @Field(() => CycleState) @EnumColumn(CycleState) state: CycleState;
  @Field(() => Int, { description: 'Outstanding allowed per 100 rated good (20 by law; raised for a unit by decision)' }) @Column({ type: 'int', default: 20 }) quotaPercent: number;
  @Field(() => String, { nullable: true, description: 'The decision that raised the ratio' }) @Column({ type: 'text', nullable: true }) quotaDecision: string | null;
  @Field(() => Boolean, { description: 'Quota groups follow duty groups instead of the whole unit' }) @Column({ type: 'boolean', default: false }) quotaByDutyGroup: boolean;
  @Field(() => Date) @InstantColumn() createdAt: Date;
}

/**
 * One official's evaluation in a cycle: the facts, the system's proposal and its reasons, each
 * person's step, and the decision. A decided evaluation is locked until reopened with a reason.
 */
@ObjectType()
@Entity('evaluation')
@Index(['cycleId', 'officialId'], { unique: true })
@Index(['cycleId', 'unitId', 'quotaGroup'])
export class Evaluation {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) cycleId: number;
  @ManyToOne(() => EvaluationCycle, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cycleId' }) cycle?: EvaluationCycle;
  @Field(() => ID) @Column({ type: 'int' }) officialId: number;
  @ManyToOne(() => Official, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'officialId' }) official?: Official;
  @Field(() => ID) @Column({ type: 'int' }) unitId: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unitId' }) unit?: Unit;
  @Field(() => String) @Column({ type: 'varchar', length: 255 }) position: string;
  @Field(() => Boolean, { description: 'Head or deputy: bounded by the unit\'s rating, decided by the level above' }) @Column({ type: 'boolean', default: false }) isLeader: boolean;
  @Field(() => OfficialCategory) @EnumColumn(OfficialCategory) category: OfficialCategory;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) quotaGroup: string;
  @Field(() => EvaluationState) @EnumColumn(EvaluationState) state: EvaluationState;
  @Field(() => String, { nullable: true, description: 'Why the official is not rated' }) @Column({ type: 'text', nullable: true }) notRatedReason: string | null;
  @Field(() => String, { nullable: true, description: 'Rulebook applied; empty: rated by hand' }) @Column({ type: 'varchar', length: 50, nullable: true }) rulebookId: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) legalBasis: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 12 }) monthsWorked: number;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) monthsAbsent: number;
  @Field(() => Boolean) @Column({ type: 'boolean', default: false }) maternityLeave: boolean;
  @Field(() => Boolean, { description: 'A disciplinary measure in the year (Decree 335: reprimand or above for a public-duty violation)' }) @Column({ type: 'boolean', default: false }) disciplined: boolean;
  @Field(() => Boolean, { description: 'Decree 335: concluded by the competent authority to show degradation of political ideology, ethics or lifestyle' }) @Column({ type: 'boolean', default: false }) ideologyDegradation: boolean;
  @Field(() => Boolean, { description: 'Decree 335, leaders: a unit under their direct charge involved in corruption or waste and dealt with' }) @Column({ type: 'boolean', default: false }) unitCorruption: boolean;
  @Field(() => String, { nullable: true, description: 'The conclusion or decision on record for a "not complete" case (number, date, who)' }) @Column({ type: 'text', nullable: true }) notCompleteBasis: string | null;
  @Field(() => Int, { nullable: true, description: 'Decree 335, leaders: organising and directing, marked by the level above, in %' }) @Column({ type: 'int', nullable: true }) directingPercent: number | null;
  @Field(() => String, { description: 'JSON: the task figures the proposal was made from' }) @Column({ type: 'text' }) evidence: string;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) proposedLevel: RatingLevel | null;
  @Field(() => Decimal2, { nullable: true }) @Column({ type: 'int', nullable: true }) proposedPoints: number | null;
  @Field(() => String, { description: 'The proposal in words' }) @Column({ type: 'text' }) explanation: string;
  @Field(() => Decimal2, { nullable: true, description: 'General criteria (Decree 335: out of 30), entered by the head' }) @Column({ type: 'int', nullable: true }) generalPoints: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) selfAssessment: string | null;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) selfLevel: RatingLevel | null;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) headLevel: RatingLevel | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) headComment: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) hrComment: string | null;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) decidedLevel: RatingLevel | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decisionReason: string | null;
  @Field(() => Boolean, { description: 'Decided above what the unit\'s rating allows, with the level above\'s approval' }) @Column({ type: 'boolean', default: false }) aboveUnitBound: boolean;
  @Field(() => Boolean, { description: 'Công chức "not complete" this year and last: dismissal review' }) @Column({ type: 'boolean', default: false }) secondNotComplete: boolean;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the evidence the rating was decided on (hex); empty until decided' }) @Column({ type: 'varchar', length: 64, nullable: true }) decidedEvidenceHash: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
}

/** Every step of an evaluation: who, when, what, why. Append-only. */
@ObjectType()
@Entity('evaluation_step')
@Index(['evaluationId', 'at'])
export class EvaluationStep {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) evaluationId: number;
  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'evaluationId' }) evaluation?: Evaluation;
  @Field(() => Date) @InstantColumn() at: Date;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) accountId: number | null;
  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'accountId' }) account?: Account;
  @Field(() => String) @Column({ type: 'varchar', length: 30 }) action: string;
  @Field(() => EvaluationState, { nullable: true }) @EnumColumn(EvaluationState, { nullable: true }) fromState: EvaluationState | null;
  @Field(() => EvaluationState) @EnumColumn(EvaluationState) toState: EvaluationState;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) level: RatingLevel | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) reason: string | null;
}

/** A unit's own rating for a year, which bounds its head and deputies; confirmed by the level above. */
@ObjectType()
@Entity('unit_rating')
@Index(['unitId', 'year'], { unique: true })
export class UnitRating {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) unitId: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unitId' }) unit?: Unit;
  @Field(() => Int) @Column({ type: 'int' }) year: number;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) derivedLevel: RatingLevel | null;
  @Field(() => RatingLevel, { nullable: true }) @EnumColumn(RatingLevel, { nullable: true }) confirmedLevel: RatingLevel | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) confirmedByAccountId: number | null;
  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'confirmedByAccountId' }) confirmedBy?: Account;
  @Field(() => String, { description: 'JSON: the unit figures the rating was derived from, with its public-service index' }) @Column({ type: 'text' }) evidence: string;
  /** JSON: the reasons of the derived level, written in the reader's language by `derivationText` */
  @Column({ type: 'text', nullable: true }) explanation: string | null;
  @Field(() => Date, { nullable: true }) @InstantColumn({ nullable: true }) confirmedAt: Date | null;
}

/**
 * A unit's own quota settings inside a cycle, set by HR: the outstanding ratio (raised above 20
 * only by a recorded decision) and whether its quota groups follow duty groups. A unit without
 * one follows its cycle.
 */
@ObjectType()
@Entity('evaluation_unit_quota')
@Index(['cycleId', 'unitId'], { unique: true })
export class UnitQuota {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ID) @Column({ type: 'int' }) cycleId: number;
  @ManyToOne(() => EvaluationCycle, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'cycleId' }) cycle?: EvaluationCycle;
  @Field(() => ID) @Column({ type: 'int' }) unitId: number;
  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unitId' }) unit?: Unit;
  @Field(() => Int) @Column({ type: 'int' }) quotaPercent: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) quotaDecision: string | null;
  @Field(() => Boolean) @Column({ type: 'boolean', default: false }) quotaByDutyGroup: boolean;
  @Field(() => ID, { nullable: true }) @Column({ type: 'int', nullable: true }) setByAccountId: number | null;
  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn({ name: 'setByAccountId' }) setBy?: Account;
  @Field(() => Date) @InstantColumn() setAt: Date;
}

/** One year of an official's ratings, for the history shown beside an evaluation. */
@ObjectType()
export class PastRating {
  @Field(() => ID) evaluationId: string;
  @Field(() => Int) year: number;
  @Field(() => EvaluationState) state: EvaluationState;
  @Field(() => RatingLevel, { nullable: true }) decidedLevel: RatingLevel | null;
  @Field(() => String) position: string;
}

/** How many may be outstanding now, in one unit and quota group of a cycle. */
@ObjectType()
export class QuotaStatus {
  @Field(() => ID) unitId: string;
  @Field(() => String) quotaGroup: string;
  @Field(() => Int, { description: 'Outstanding allowed per 100 rated good' }) quotaPercent: number;
  @Field(() => String, { nullable: true }) quotaDecision: string | null;
  @Field(() => Boolean) quotaByDutyGroup: boolean;
  @Field(() => Int, { description: 'Evaluations in the group, decided or not' }) members: number;
  @Field(() => Int, { description: 'Decided good' }) good: number;
  @Field(() => Int, { description: 'Decided outstanding' }) outstanding: number;
  @Field(() => Int, { description: 'Good proposed by the head, not yet decided' }) proposedGood: number;
  @Field(() => Int, { description: 'Outstanding proposed by the head, not yet decided' }) proposedOutstanding: number;
  @Field(() => Int, { description: 'floor(percent × (decided + proposed good) / 100): what the group would allow if the proposals were decided' }) allowedIfProposed: number;
  @Field(() => Int, { description: 'floor(percent × good / 100)' }) allowed: number;
}

/** The row locked while a decision is checked against the quota of its cycle, unit and group. */
@Entity('evaluation_quota_lock')
@Index(['cycleId', 'unitId', 'quotaGroup'], { unique: true })
export class EvaluationQuotaLock {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'int' }) cycleId: number;
  @Column({ type: 'int' }) unitId: number;
  @Column({ type: 'varchar', length: 50 }) quotaGroup: string;
  @Column({ type: 'int', default: 0 }) touched: number;
}
