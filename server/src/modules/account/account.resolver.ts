import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { onlyIdRequested, related } from '../../graphql/selection.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Account, AccountRole } from './account.entity.js';
import { AllAccountRolesArgs, AllAccountsArgs, CreateAccountArgs, CreateAccountRoleArgs, Session, UpdateAccountArgs } from './account.inputs.js';
import { AccountService } from './account.service.js';

const service = (ctx: Context) => new AccountService(ctx.db, ctx.clock, ctx.tokens, ctx.actor);

export const SESSION_COOKIE = 'chidao_session';

/** The panel keeps its session in an httpOnly, SameSite cookie; API clients use the token. */
function setSessionCookie(ctx: Context, session: { token: string; expiresAt: Date } | null): void {
  if (!ctx.http) return;
  const secure = ctx.http.req.secure;
  if (session) {
    ctx.http.res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: session.expiresAt });
  } else {
    ctx.http.res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  }
}

@Resolver(() => Account)
export class AccountResolver {
  @Access({ roles: 'PUBLIC', why: 'signing in; the answer is the same for every kind of failure' })
  @Mutation(() => Session)
  async login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    // the address that counts is Express's `req.ip`: the socket's, or the forwarded one behind a trusted proxy (TRUST_PROXY)
    const session = await service(ctx).login(username, password, ctx.http?.req.ip ?? 'local');
    setSessionCookie(ctx, session);
    return session;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'any signed-in account extends its own session' })
  @Mutation(() => Session)
  async renewToken(@Ctx() ctx: Context) {
    const session = await service(ctx).renew();
    setSessionCookie(ctx, session);
    return session;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'ends every session of the signed-in account' })
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context) {
    const done = await service(ctx).logout();
    setSessionCookie(ctx, null);
    return done;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'a person changes their own password, knowing the current one' })
  @Mutation(() => Session)
  async changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context) {
    const session = await service(ctx).changePassword(currentPassword, newPassword);
    setSessionCookie(ctx, session);
    return session;
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the signed-in account itself, with its roles' })
  @Query(() => Account)
  me(@Ctx() ctx: Context) {
    return service(ctx).current();
  }

  @Access({ roles: [Role.ADMIN], why: 'accounts are managed by administrators' })
  @Query(() => [Account])
  allAccounts(@Args() args: AllAccountsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'accounts are managed by administrators' })
  @Query(() => ListMetadata)
  async _allAccountsMeta(@Args() args: AllAccountsArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access({ roles: [Role.ADMIN], why: 'accounts are managed by administrators' })
  @Query(() => Account)
  Account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).get(id);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators open accounts, with a temporary password' })
  @Mutation(() => Account)
  createAccount(@Args() args: CreateAccountArgs, @Ctx() ctx: Context) {
    return service(ctx).create(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators link accounts to officials and disable them, within their scope' })
  @Mutation(() => Account)
  updateAccount(@Args() args: UpdateAccountArgs, @Ctx() ctx: Context) {
    return service(ctx).update(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators reset a forgotten password to a temporary one, within their scope' })
  @Mutation(() => Account)
  resetPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context) {
    return service(ctx).resetPassword(id, newPassword);
  }

  @Access({ roles: [Role.ADMIN], why: 'administrators lift the sign-in locks of an account of their scope, from every address' })
  @Mutation(() => Account)
  unlockAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).unlock(id);
  }

  @Access({ roles: 'PUBLIC', why: 'reachable only through the caller’s own session (login, me) or an administrator’s query' })
  @FieldResolver(() => [AccountRole])
  roles(@Root() account: Account, @Ctx() ctx: Context) {
    return ctx.loaders.accountRoles.load(account.id);
  }

  @Access({ roles: 'PUBLIC', why: 'reachable only through the caller’s own session (login, me) or an administrator’s query' })
  @FieldResolver(() => Official, { nullable: true })
  official(@Root() account: Account, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (account.officialId === null) return null;
    return related(info, account.officialId, ctx.loaders.official);
  }
}

@Resolver(() => AccountRole)
export class AccountRoleResolver {
  @Access({ roles: [Role.ADMIN], why: 'roles are granted by administrators' })
  @Query(() => [AccountRole])
  allAccountRoles(@Args() args: AllAccountRolesArgs, @Ctx() ctx: Context) {
    return service(ctx).listRoles(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'roles are granted by administrators' })
  @Query(() => ListMetadata)
  async _allAccountRolesMeta(@Args() args: AllAccountRolesArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).countRoles(args.filter) };
  }

  @Access({ roles: [Role.ADMIN], why: 'roles are granted by administrators' })
  @Query(() => AccountRole)
  AccountRole(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).getRole(id);
  }

  @Access({ roles: [Role.ADMIN], why: 'an administrator grants a role over a unit of their own scope' })
  @Mutation(() => AccountRole)
  createAccountRole(@Args() args: CreateAccountRoleArgs, @Ctx() ctx: Context) {
    return service(ctx).createRole(args);
  }

  @Access({ roles: [Role.ADMIN], why: 'an administrator withdraws a role over a unit of their own scope' })
  @Mutation(() => AccountRole)
  deleteAccountRole(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).deleteRole(id);
  }

  @Access({ roles: 'PUBLIC', why: 'the unit of a role, reachable only through the caller’s own session or an administrator’s query' })
  @FieldResolver(() => Unit)
  unit(@Root() grant: AccountRole, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, grant.unitId, ctx.loaders.unit);
  }
}
