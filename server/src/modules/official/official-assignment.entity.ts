import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn } from '../../db/columns.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Unit } from '../unit/unit.entity.js';
import { Official } from './official.entity.js';

export enum PostRole {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(PostRole, { name: 'PostRole', description: 'Head (người đứng đầu), deputy (cấp phó) or member' });

export enum DutyGroup {
  LEADERSHIP = 'LEADERSHIP',
  ONE_STOP_DESK = 'ONE_STOP_DESK',
  CADASTRAL = 'CADASTRAL',
  JUSTICE = 'JUSTICE',
  CULTURE_SOCIAL = 'CULTURE_SOCIAL',
  OTHER = 'OTHER',
}
registerEnumType(DutyGroup, { name: 'DutyGroup', description: 'Group of officials with similar duties' });

/**
 * One period of an official's work: in which unit, which post, from when to when (inclusive;
 * open-ended when `validTo` is empty). Answers "where did this person work on that date".
 */
@ObjectType()
@Entity('official_assignment')
@Index(['officialId', 'validFrom'])
export class OfficialAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  officialId: number;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officialId' })
  official?: Official;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Unit;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  position: string;

  @Field(() => PostRole)
  @EnumColumn(PostRole)
  role: PostRole;

  @Field(() => DutyGroup)
  @EnumColumn(DutyGroup)
  dutyGroup: DutyGroup;

  @Field(() => LocalDate)
  @CalendarDateColumn()
  validFrom: string;

  @Field(() => LocalDate, { nullable: true })
  @CalendarDateColumn({ nullable: true })
  validTo: string | null;
}
