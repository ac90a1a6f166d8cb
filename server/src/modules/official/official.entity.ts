import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, SearchTextColumn } from '../../db/columns.js';

export enum OfficialCategory {
  CAN_BO = 'CAN_BO',
  CONG_CHUC = 'CONG_CHUC',
  VIEN_CHUC = 'VIEN_CHUC',
}
registerEnumType(OfficialCategory, { name: 'OfficialCategory', description: 'cán bộ, công chức or viên chức' });

/** A person in public service. Where they work, and in which post, is in their assignments. */
@ObjectType()
@Entity('official')
export class Official {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  fullName: string;

  @Field(() => OfficialCategory)
  @EnumColumn(OfficialCategory)
  category: OfficialCategory;

  @Field(() => Boolean, { description: 'Invented for the demo, not taken from a real source' })
  @Column({ type: 'boolean', default: false })
  isSample: boolean;

  @SearchTextColumn()
  searchText: string;
}
