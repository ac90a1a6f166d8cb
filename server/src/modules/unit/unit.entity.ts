import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDateColumn, EnumColumn, SearchTextColumn } from '../../db/columns.js';
import { LocalDate } from '../../graphql/scalars.js';

export enum UnitKind {
  PROVINCE = 'PROVINCE',
  PROVINCE_DEPARTMENT = 'PROVINCE_DEPARTMENT',
  DISTRICT = 'DISTRICT',
  DISTRICT_OFFICE = 'DISTRICT_OFFICE',
  COMMUNE = 'COMMUNE',
  WARD = 'WARD',
  TOWN = 'TOWN',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, { name: 'UnitKind', description: 'Level of government or kind of office' });

/**
 * A unit of the administration: province, department, district (until 30/06/2025), district
 * office, commune, ward, town, special zone. Units form a tree; `path` holds the ids from the
 * root ("/1/4/") so that "this unit and every unit under it" is one indexed prefix match.
 */
@ObjectType()
@Entity('unit')
export class Unit {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field(() => UnitKind)
  @EnumColumn(UnitKind)
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId' })
  parent?: Unit;

  @Index()
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @Field(() => LocalDate, { nullable: true })
  @CalendarDateColumn({ nullable: true })
  validFrom: string | null;

  @Field(() => LocalDate, { nullable: true })
  @CalendarDateColumn({ nullable: true })
  validTo: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo, not taken from a real source' })
  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @SearchTextColumn()
  searchText: string;
}
