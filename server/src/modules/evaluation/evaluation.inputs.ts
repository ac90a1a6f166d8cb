import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Decimal2 } from '../../graphql/decimal.js';
import { ListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { EvaluationState, RatingLevel } from './evaluation.entity.js';

@InputType() export class EvaluationCycleFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => Int, { nullable: true }) year?: number;
}
@ArgsType() export class AllEvaluationCyclesArgs extends ListArgs { @Field(() => EvaluationCycleFilter, { nullable: true }) filter?: EvaluationCycleFilter; }
@ArgsType() export class CreateEvaluationCycleArgs {
  @Field(() => Int) year: number;
  @Field(() => ID, { description: 'The unit whose officials (and those of the units under it) are evaluated' }) unitId: string;
  @Field(() => LocalDate) opensOn: string;
  @Field(() => LocalDate) closesOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day self-assessments are due; until then a head proposes only on a self-assessment' }) selfAssessBy?: string;
  @Field(() => Int, { nullable: true, description: 'Outstanding allowed per 100 rated good; 20 unless raised by a decision' }) quotaPercent?: number;
  @Field(() => String, { nullable: true }) quotaDecision?: string;
  @Field(() => Boolean, { nullable: true }) quotaByDutyGroup?: boolean;
}

@InputType() export class EvaluationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) cycleId?: string;
  @Field(() => ID, { nullable: true, description: 'This unit and the units under it' }) unitId?: string;
  @Field(() => ID, { nullable: true }) officialId?: string;
  @Field(() => EvaluationState, { nullable: true }) state?: EvaluationState;
  @Field(() => String, { nullable: true }) quotaGroup?: string;
}
@ArgsType() export class AllEvaluationsArgs extends ListArgs { @Field(() => EvaluationFilter, { nullable: true }) filter?: EvaluationFilter; }

@ArgsType() export class UpdateEvaluationArgs {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) monthsAbsent?: number;
  @Field(() => Boolean, { nullable: true }) maternityLeave?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'A disciplinary measure in the year (Decree 335: reprimand or above, public-duty violation)' }) disciplined?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Decree 335: concluded degradation of political ideology or ethics' }) ideologyDegradation?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Decree 335, leaders: corruption or waste dealt with in a unit under their direct charge' }) unitCorruption?: boolean;
  @Field(() => String, { nullable: true, description: 'The conclusion or decision a "not complete" case rests on; required with any of them' }) notCompleteBasis?: string;
  @Field(() => String, { nullable: true }) quotaGroup?: string;
  @Field(() => String, { nullable: true, description: 'Legal basis, for a category rated by hand' }) legalBasis?: string;
}

@InputType() export class DecisionInput {
  @Field(() => ID) evaluationId: string;
  @Field(() => RatingLevel) level: RatingLevel;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => String, { nullable: true }) aboveBoundReason?: string;
  @Field(() => String, { nullable: true, description: 'For a category rated by hand: the legal basis, unless HR has recorded it' }) legalBasis?: string;
}

@InputType() export class EvaluationStepFilter { @Field(() => [ID], { nullable: true }) ids?: string[]; @Field(() => ID, { nullable: true }) evaluationId?: string; }
@ArgsType() export class AllEvaluationStepsArgs extends ListArgs { @Field(() => EvaluationStepFilter, { nullable: true }) filter?: EvaluationStepFilter; }

@InputType() export class UnitRatingFilter { @Field(() => [ID], { nullable: true }) ids?: string[]; @Field(() => Int, { nullable: true }) year?: number; @Field(() => ID, { nullable: true }) unitId?: string; }
@ArgsType() export class AllUnitRatingsArgs extends ListArgs { @Field(() => UnitRatingFilter, { nullable: true }) filter?: UnitRatingFilter; }


@ArgsType() export class SetUnitQuotaArgs {
  @Field(() => ID) cycleId: string;
  @Field(() => ID) unitId: string;
  @Field(() => Int, { description: 'Outstanding allowed per 100 rated good: 20, or more by a recorded decision' }) quotaPercent: number;
  @Field(() => String, { nullable: true, description: 'The decision that allows a ratio above 20' }) quotaDecision?: string;
  @Field(() => Boolean, { nullable: true, description: 'Quota groups follow duty groups; unchanged when empty' }) quotaByDutyGroup?: boolean;
}
