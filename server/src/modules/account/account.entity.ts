import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnumColumn, InstantColumn } from '../../db/columns.js';
import { Role } from '../../auth/roles.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';

/**
 * A login. Linked to the official it belongs to (an administrator's may have none). The password
 * hash never leaves the server; `tokenVersion` is raised to end every session of the account.
 */
@ObjectType()
@Entity('account')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  officialId: number | null;

  @ManyToOne(() => Official, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officialId' })
  official?: Official;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Field(() => Boolean, { description: 'Set by an administrator: the person must choose their own' })
  @Column({ type: 'boolean', default: false })
  passwordTemporary: boolean;

  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @InstantColumn({ nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'int', default: 1 })
  tokenVersion: number;

  @Field(() => Date)
  @InstantColumn()
  createdAt: Date;
}

/** A role held by an account over a unit and every unit under it. */
@ObjectType()
@Entity('account_role')
@Index(['accountId', 'role', 'unitId'], { unique: true })
export class AccountRole {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accountId' })
  account?: Account;

  @Field(() => Role)
  @EnumColumn(Role)
  role: Role;

  @Field(() => ID)
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Unit;
}

/** Server-wide values kept in the database, such as the token signing secret. */
@Entity('app_setting')
export class AppSetting {
  @Column({ type: 'varchar', length: 100, primary: true })
  key: string;

  @Column({ type: 'text' })
  value: string;
}
