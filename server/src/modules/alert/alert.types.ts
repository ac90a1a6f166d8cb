import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';

export enum AlertKind {
  DUE_IN_7 = 'DUE_IN_7',
  DUE_IN_3 = 'DUE_IN_3',
  DUE_IN_1 = 'DUE_IN_1',
  OVERDUE = 'OVERDUE',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  EVALUATION_SELF_ASSESS = 'EVALUATION_SELF_ASSESS',
  EVALUATION_PROPOSE = 'EVALUATION_PROPOSE',
  EVALUATION_REVIEW = 'EVALUATION_REVIEW',
  EVALUATION_DECIDE = 'EVALUATION_DECIDE',
}
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'Due in 7 days (4–7 left), 3 days (2–3), 1 day (today or tomorrow), overdue; returned, accepted, assigned; an evaluation step waiting',
});

/** One alert of the signed-in account, derived from its tasks and evaluations (Vietnam dates). */
@ObjectType()
export class Alert {
  @Field(() => ID, { description: 'Stable key: kind, record and deadline or event' }) id: string;
  @Field(() => AlertKind) kind: AlertKind;
  @Field(() => Date, { description: 'When the alert arose: the Vietnam midnight a threshold was crossed, or the event' }) at: Date;
  @Field(() => Boolean) read: boolean;
  @Field(() => ID, { nullable: true }) taskId?: string | null;
  @Field(() => String, { nullable: true }) taskTitle?: string | null;
  @Field(() => LocalDate, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days left to the deadline (Vietnam calendar); negative when overdue' }) daysLeft?: number | null;
  @Field(() => String, { nullable: true, description: 'The reason given when the task was returned' }) reason?: string | null;
  @Field(() => ID, { nullable: true }) evaluationCycleId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'Evaluations waiting at this step' }) count?: number | null;
}

@InputType()
export class AlertFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: unread only; false: read only' }) unread?: boolean | null;
  @Field(() => [AlertKind], { nullable: true }) kinds?: AlertKind[] | null;
}

@ArgsType()
export class AllAlertsArgs extends ListArgs {
  @Field(() => AlertFilter, { nullable: true }) filter?: AlertFilter;
}

/** Takes (and ignores) the paging and sort arguments ra-data-graphql-simple sends with every meta query. */
@ArgsType()
export class AlertsMetaArgs extends ListArgs {
  @Field(() => AlertFilter, { nullable: true }) filter?: AlertFilter;
}

@ObjectType()
export class AlertPreferenceView {
  @Field(() => String, { nullable: true, description: 'Where the daily digest goes; empty: no e-mail' }) email: string | null;
  @Field(() => Boolean) dailyDigest: boolean;
}
