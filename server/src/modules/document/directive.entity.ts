import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from './document.entity.js';

/** One numbered item (chỉ đạo) of a source document. */
@ObjectType()
@Entity('directive')
@Index(['documentId', 'number'], { unique: true })
export class Directive {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  documentId: number;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'documentId' })
  document?: Document;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  text: string;
}
