import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { ListMetadata } from '../../graphql/list.js';
import { AlertService, alertMessage } from './alert.service.js';
import { Alert, AlertPreferenceView, AlertsMetaArgs, AllAlertsArgs } from './alert.types.js';

const service = (ctx: Context) => new AlertService(ctx.db, ctx.clock, ctx.actor);
const OWN = { roles: 'AUTHENTICATED' as const, why: 'the signed-in account’s own alerts, from the tasks it answers for and the steps its roles take' };

@Resolver(() => Alert)
export class AlertResolver {
  @Access(OWN)
  @Query(() => [Alert], { description: 'The caller’s alerts, most urgent first (sortField: urgency or at)' })
  allAlerts(@Args() args: AllAlertsArgs, @Ctx() ctx: Context) {
    return service(ctx).list(args);
  }

  @Access(OWN)
  @Query(() => ListMetadata, { description: 'How many alerts; filter { unread: true } gives the bell’s count' })
  async _allAlertsMeta(@Args() args: AlertsMetaArgs, @Ctx() ctx: Context) {
    return { count: await service(ctx).count(args.filter) };
  }

  @Access(OWN)
  @Mutation(() => Int, { description: 'Marks the caller’s alerts read; returns how many were newly marked' })
  markAlertsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return service(ctx).markRead(ids);
  }

  @Access(OWN)
  @Mutation(() => Int, { description: 'Marks every current alert of the caller read' })
  markAllAlertsRead(@Ctx() ctx: Context) {
    return service(ctx).markRead(null);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'the caller’s own digest address' })
  @Query(() => AlertPreferenceView, { description: 'Where the caller’s daily e-mail digest goes' })
  myAlertPreference(@Ctx() ctx: Context) {
    return service(ctx).preference();
  }

  @Access({ roles: 'AUTHENTICATED', why: 'each account sets its own digest address' })
  @Mutation(() => AlertPreferenceView, { description: 'The caller’s daily digest address (empty: no e-mail); sent only when the server has SMTP_URL' })
  setMyAlertPreference(@Arg('email', () => String, { nullable: true }) email: string | null, @Arg('dailyDigest', () => Boolean, { nullable: true }) dailyDigest: boolean | null, @Ctx() ctx: Context) {
    return service(ctx).setPreference(email, dailyDigest);
  }

  @Access({ roles: 'AUTHENTICATED', why: 'derived from the caller’s own alert' })
  @FieldResolver(() => String, { description: 'The alert in the reader’s language, dates dd/MM/yyyy in Vietnamese' })
  message(@Root() alert: Alert, @Ctx() ctx: Context) {
    return alertMessage(ctx.lang, alert);
  }
}
