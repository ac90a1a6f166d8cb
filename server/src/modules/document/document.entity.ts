import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, SearchTextColumn } from '../../db/columns.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';

export enum DocumentKind {
  CONCLUSION = 'CONCLUSION',
  DECISION = 'DECISION',
  PLAN = 'PLAN',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Kind of source document (văn bản giao)' });

/** A source document that assigns work: a meeting conclusion, a decision, a plan. */
@ObjectType()
@Entity('document')
export class Document {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => DocumentKind)
  @EnumColumn(DocumentKind)
  kind: DocumentKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  number: string;

  @Field(() => LocalDate)
  @CalendarDateColumn()
  issuedOn: string;

  @Field(() => ID)
  @Column({ type: 'int' })
  issuingUnitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuingUnitId' })
  issuingUnit?: Unit;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  signerOfficialId: number | null;

  @ManyToOne(() => Official, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signerOfficialId' })
  signer?: Official;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  summary: string;

  @Field(() => Boolean, { description: 'Invented for the demo, not taken from a real source' })
  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @SearchTextColumn()
  searchText: string;
}
