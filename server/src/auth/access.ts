import { Authorized, Extensions } from 'type-graphql';
import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors.js';
import type { Context } from '../graphql/context.js';
import type { Role } from './roles.js';

/**
 * Who may call an operation or resolve a field, declared next to it. `roles` is checked by the
 * auth checker below; which records of their scope they reach is checked by the service. The
 * rule is also written into the schema's extensions, where a test reads it for every operation.
 */
export interface AccessRule {
  /** PUBLIC: no login needed; AUTHENTICATED: any signed-in account; else any of these roles. */
  roles: 'PUBLIC' | 'AUTHENTICATED' | Role[];
  /** One line: why this rule, and what the service narrows it to. */
  why: string;
}

export function Access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (rule.roles !== 'PUBLIC') {
      const roles = rule.roles === 'AUTHENTICATED' ? [] : rule.roles;
      (Authorized(...roles) as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
    }
    (Extensions({ access: { roles: rule.roles, why: rule.why } }) as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  };
}

/** What an account with a temporary password may still do: see itself, choose a password, leave. */
const WHILE_TEMPORARY = new Set(['me', 'changePassword', 'logout', 'renewToken']);

/**
 * No account: UNAUTHENTICATED. An account without any of the roles: FORBIDDEN. An account whose
 * password an administrator set must choose its own before anything else.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const { actor } = context;
  if (actor.system) return true;
  if (actor.accountId === null) throw new AppError('UNAUTHENTICATED', 'auth.unauthenticated');
  const operation = ['Query', 'Mutation'].includes(info.parentType.name);
  if (actor.passwordTemporary && operation && !WHILE_TEMPORARY.has(info.fieldName)) throw new AppError('FORBIDDEN', 'auth.passwordTemporary');
  if (roles.length > 0 && !actor.grants.some((g) => roles.includes(g.role))) throw new AppError('FORBIDDEN', 'auth.forbidden');
  return true;
};
