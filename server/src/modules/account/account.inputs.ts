import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { ListArgs } from '../../graphql/list.js';
import { Account } from './account.entity.js';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`' })
export class Session {
  @Field(() => String) token: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Account) account: Account;
}

@InputType()
export class AccountFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

@ArgsType()
export class AllAccountsArgs extends ListArgs {
  @Field(() => AccountFilter, { nullable: true }) filter?: AccountFilter;
}

@ArgsType()
export class CreateAccountArgs {
  @Field(() => String) username: string;
  @Field(() => String, { description: 'A temporary password: the person is asked to change it' }) password: string;
  @Field(() => ID, { nullable: true }) officialId?: string | null;
}

@ArgsType()
export class UpdateAccountArgs {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) officialId?: string | null;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

@InputType()
export class AccountRoleFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) accountId?: string;
}

@ArgsType()
export class AllAccountRolesArgs extends ListArgs {
  @Field(() => AccountRoleFilter, { nullable: true }) filter?: AccountRoleFilter;
}

@ArgsType()
export class CreateAccountRoleArgs {
  @Field(() => ID) accountId: string;
  @Field(() => Role) role: Role;
  @Field(() => ID) unitId: string;
}
