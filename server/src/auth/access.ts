import { defaultFieldResolver, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { AppError } from '../errors.js';
import type { Context } from '../graphql/context.js';
import type { Role } from './roles.js';

/**
 * Who may call an operation or resolve a field, declared next to it. The rule is written into
 * the schema's extensions, where a test reads it for every operation, and `enforceAccess` below
 * checks `roles` from there; which records of their scope they reach is checked by the service.
 */
export interface AccessRule {
  /** PUBLIC: no login needed; AUTHENTICATED: any signed-in account; else any of these roles. */
  roles: 'PUBLIC' | 'AUTHENTICATED' | Role[];
  /** One line: why this rule, and what the service narrows it to. */
  why: string;
}

export function Access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    (Extensions({ access: { roles: rule.roles, why: rule.why } }) as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  };
}

/** What an account with a temporary password may still do: see itself, choose a password, leave. */
const WHILE_TEMPORARY = new Set(['me', 'changePassword', 'logout', 'renewToken']);

/**
 * No account: UNAUTHENTICATED. An account without any of the roles: FORBIDDEN. An account whose
 * password an administrator set must choose its own before anything else.
 */
export function checkAccess(context: Context, info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>, roles: readonly Role[]): void {
  const { actor } = context;
  if (actor.system) return;
  if (actor.accountId === null) throw new AppError('UNAUTHENTICATED', 'auth.unauthenticated');
  const operation = ['Query', 'Mutation'].includes(info.parentType.name);
  if (actor.passwordTemporary && operation && !WHILE_TEMPORARY.has(info.fieldName)) throw new AppError('FORBIDDEN', 'auth.passwordTemporary');
  if (roles.length > 0 && !actor.grants.some((g) => roles.includes(g.role))) throw new AppError('FORBIDDEN', 'auth.forbidden');
}

/**
 * Puts the check in front of every field that carries a rule other than PUBLIC, once, when the
 * schema is built. It runs synchronously and before the arguments are read, as type-graphql's
 * `@Authorized` did; unlike that middleware it does not turn each field of each row into a
 * promise (a page of 100 tasks resolves some 1,500 such fields).
 */
export function enforceAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = field.extensions?.access as AccessRule | undefined;
      if (!rule || rule.roles === 'PUBLIC') continue;
      const roles: readonly Role[] = rule.roles === 'AUTHENTICATED' ? [] : rule.roles;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        checkAccess(context, info, roles);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
