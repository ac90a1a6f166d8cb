import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { Decimal2 } from '../../graphql/decimal.js';
import { ListMetadata, applyListArgs } from '../../graphql/list.js';
import { LocalDate } from '../../graphql/scalars.js';
import { onlyIdRequested, related } from '../../graphql/selection.js';
import { explain } from '../../i18n/rating.js';
import type { Reason } from '../../rules/rating/types.js';
import { FileContent } from '../kpi/kpi.inputs.js';
import { Official } from '../official/official.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Evaluation, EvaluationCycle, EvaluationStep, PastRating, QuotaStatus, RatingLevel, UnitQuota, UnitRating } from './evaluation.entity.js';
import { dateLine, placeOf, ratingFormDocx, resultsNoticeDocx, reviewMinutesDocx } from './evaluation.documents.js';
import { evaluationForm, evaluationWorkbook } from './evaluation.export.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
import {
  AllEvaluationCyclesArgs, AllEvaluationStepsArgs, AllEvaluationsArgs, AllUnitRatingsArgs, CreateEvaluationCycleArgs, DecisionInput, SetUnitQuotaArgs, UpdateEvaluationArgs,
} from './evaluation.inputs.js';
import { EvaluationService } from './evaluation.service.js';
import { EvaluationAction } from './evaluation.workflow.js';

const service = (ctx: Context) => new EvaluationService(ctx.db, ctx.clock, ctx.actor);
const READ = { roles: [Role.LEADER, Role.HR, Role.HEAD, Role.OFFICIAL], why: 'heads, HR and leaders see the evaluations of their scope; an official only their own' };
const HR = { roles: [Role.HR], why: 'HR runs the cycle of the units it serves' };
const DECIDE = { roles: [Role.HEAD, Role.LEADER], why: 'the competent person: the unit’s head, or the level above for heads and deputies' };
/** Per-request batching of the evaluation fields a board of 1000 rows asks for: one query each, not one per row. */
const perRequest = new WeakMap<Context, { unitBound: DataLoader<string, RatingLevel | null>; history: DataLoader<number, PastRating[]>; allowed: DataLoader<Evaluation, EvaluationAction[], string> }>();
function batched(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const s = service(ctx);
    loaders = {
      unitBound: new DataLoader((keys) => s.unitBounds(keys)), history: new DataLoader((ids) => s.histories(ids)),
      allowed: new DataLoader((evs: readonly Evaluation[]) => s.allowedActionsOf(evs, (id) => ctx.loaders.unit.load(id)), { cacheKeyFn: (e) => `${e.id}|${e.version}|${e.state}` }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
const FIELD = { roles: 'AUTHENTICATED' as const, why: 'a relation of a record the caller was already allowed to read' };

@Resolver(() => EvaluationCycle)
export class EvaluationCycleResolver {
  @Access(READ) @Query(() => [EvaluationCycle])
  allEvaluationCycles(@Args() args: AllEvaluationCyclesArgs, @Ctx() ctx: Context) {
    return applyListArgs(service(ctx).listCycles(args), args, { id: 'c.id', year: 'c.year' }, { field: 'year', order: 'DESC' }).getMany();
  }

  @Access(READ) @Query(() => ListMetadata)
  async _allEvaluationCyclesMeta(@Args() args: AllEvaluationCyclesArgs, @Ctx() ctx: Context) { return { count: await service(ctx).listCycles(args).getCount() }; }

  @Access(READ) @Query(() => EvaluationCycle)
  EvaluationCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return service(ctx).getCycle(id); }

  @Access({ ...HR, why: 'HR opens the year’s cycle: one evaluation per official of the scope' }) @Mutation(() => EvaluationCycle)
  createEvaluationCycle(@Args() args: CreateEvaluationCycleArgs, @Ctx() ctx: Context) { return service(ctx).openCycle(args); }

  @Access({ ...HR, why: 'HR sets a unit’s outstanding ratio (raised by a recorded decision) and its quota groups' }) @Mutation(() => UnitQuota)
  setUnitQuota(@Args() args: SetUnitQuotaArgs, @Ctx() ctx: Context) { return service(ctx).setUnitQuota(args); }

  @Access({ roles: [Role.LEADER, Role.HR, Role.HEAD], why: 'the quota meter of each unit and group of the caller’s scope' }) @Query(() => [QuotaStatus])
  evaluationQuotas(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context) {
    return service(ctx).quotaStatus(cycleId, unitId);
  }

  @Access({ ...HR, why: 'HR brings the proposals not yet decided up to date with the tracked work' }) @Mutation(() => EvaluationCycle)
  refreshEvaluationCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return service(ctx).refreshCycle(id); }

  @Access({ ...HR, why: 'HR publishes once every rating is decided; the cycle closes' }) @Mutation(() => EvaluationCycle)
  publishEvaluationCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return service(ctx).publish(id); }

  @Access({ roles: [Role.HR, Role.LEADER, Role.HEAD], why: 'the evaluation list of a unit of the caller’s scope, as xlsx' }) @Query(() => FileContent)
  async evaluationExport(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: Context) {
    const s = service(ctx);
    const cycle = await s.getCycle(cycleId);
    const evaluations = await s.list({ filter: { cycleId, unitId: unitId ?? undefined }, perPage: 1000 });
    const rows = await rowsFor(ctx, s, evaluations);
    const { agency } = await s.documentParties(unitId ? Number(unitId) : cycle.unitId, s.today());
    const buffer = await evaluationWorkbook(ctx.lang, cycle, rows, agency, dateLine(placeOf(agency.name), s.today()));
    return { fileName: `xep-loai-${cycle.year}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64') };
  }
}

/** Who took a step: the account's official, or its user name; nobody for the system's own steps. */
async function actorName(ctx: Context, step: EvaluationStep): Promise<string | null> {
  if (step.accountId === null) return null;
  const account = await ctx.loaders.account.load(step.accountId);
  if (!account) return null;
  const official = account.officialId === null ? null : await ctx.loaders.official.load(account.officialId);
  return official ? official.fullName : account.username;
}

async function rowsFor(ctx: Context, s: EvaluationService, evaluations: Evaluation[]) {
  const officials = evaluations.length ? await ctx.db.manager.findBy(Official, { id: In(evaluations.map((e) => e.officialId)) }) : [];
  const units = evaluations.length ? await ctx.db.manager.findBy(Unit, { id: In(evaluations.map((e) => e.unitId)) }) : [];
  return evaluations.map((evaluation) => ({
    evaluation, fullName: officials.find((o) => o.id === evaluation.officialId)?.fullName ?? '', unitName: units.find((u) => u.id === evaluation.unitId)?.name ?? '',
    explanation: s.explanationOf(evaluation),
  }));
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Access(READ) @Query(() => [Evaluation])
  allEvaluations(@Args() args: AllEvaluationsArgs, @Ctx() ctx: Context) { return service(ctx).list(args); }

  @Access(READ) @Query(() => ListMetadata)
  async _allEvaluationsMeta(@Args() args: AllEvaluationsArgs, @Ctx() ctx: Context) { return { count: await service(ctx).count(args.filter) }; }

  @Access(READ) @Query(() => Evaluation)
  Evaluation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) { return service(ctx).get(id); }

  @Access({ ...HR, why: 'HR records leave, discipline, the quota group and the legal basis of a category rated by hand' }) @Mutation(() => Evaluation)
  updateEvaluation(@Args() args: UpdateEvaluationArgs, @Ctx() ctx: Context) { return service(ctx).updateFacts(args); }

  @Access({ roles: [Role.OFFICIAL, Role.HEAD, Role.HR, Role.LEADER], why: 'an official writes the self-assessment of their own evaluation' }) @Mutation(() => Evaluation)
  selfAssessEvaluation(@Arg('id', () => ID) id: string, @Arg('text', () => String) text: string, @Arg('level', () => RatingLevel, { nullable: true }) level: RatingLevel | null, @Ctx() ctx: Context) {
    return service(ctx).selfAssess(id, text, level);
  }

  @Access({ ...DECIDE, why: 'the head proposes (the level above for heads and deputies), with the general-criteria points' }) @Mutation(() => Evaluation)
  proposeRating(
    @Arg('id', () => ID) id: string, @Arg('level', () => RatingLevel) level: RatingLevel, @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Arg('generalPoints', () => Decimal2, { nullable: true }) generalPoints: number | null,
    @Arg('directingPercent', () => Int, { nullable: true, description: 'Decree 335, a head or deputy: organising and directing, in %' }) directingPercent: number | null, @Ctx() ctx: Context,
  ) {
    return service(ctx).propose(id, level, comment, generalPoints, directingPercent);
  }

  @Access({ ...HR, why: 'HR checks the proposal against the rulebook and the quota' }) @Mutation(() => Evaluation)
  reviewRating(@Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: Context) {
    return service(ctx).review(id, comment);
  }

  @Access(DECIDE) @Mutation(() => Evaluation)
  decideRating(
    @Arg('id', () => ID) id: string, @Arg('level', () => RatingLevel) level: RatingLevel, @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('aboveBoundReason', () => String, { nullable: true }) aboveBoundReason: string | null,
    @Arg('legalBasis', () => String, { nullable: true, description: 'For a category rated by hand: the legal basis, unless HR has recorded it' }) legalBasis: string | null, @Ctx() ctx: Context,
  ) {
    return service(ctx).decide({ evaluationId: id, level, reason: reason ?? undefined, aboveBoundReason: aboveBoundReason ?? undefined, legalBasis: legalBasis ?? undefined });
  }

  @Access({ ...DECIDE, why: 'a whole unit at once, so that the order of clicking decides nobody’s rating' }) @Mutation(() => [Evaluation])
  decideRatings(@Arg('decisions', () => [DecisionInput]) decisions: DecisionInput[], @Ctx() ctx: Context) { return service(ctx).decideMany(decisions); }

  @Access({ ...DECIDE, why: 'the competent person reopens a decided rating, with a reason on record' }) @Mutation(() => Evaluation)
  reopenRating(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) { return service(ctx).reopen(id, reason); }

  @Access(READ) @Query(() => String, { description: 'A print-ready evaluation form (HTML)' })
  async evaluationForm(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const s = service(ctx);
    const evaluation = await s.get(id);
    const cycle = await ctx.db.manager.findOneByOrFail(EvaluationCycle, { id: evaluation.cycleId });
    const [row] = await rowsFor(ctx, s, [evaluation]);
    const steps = await ctx.db.manager.find(EvaluationStep, { where: { evaluationId: evaluation.id }, order: { id: 'ASC' } });
    return evaluationForm(ctx.lang, cycle, row, await Promise.all(steps.map(async (st) => ({ ...st, actorName: await actorName(ctx, st) }))));
  }

  @Access(READ) @Query(() => FileContent, { description: 'The self-assessment and rating form (with Decree 335’s scoring sheet) as .docx, Decree 30/2020 layout' })
  async evaluationFormDocx(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const s = service(ctx);
    const evaluation = await s.get(id);
    const cycle = await s.getCycle(String(evaluation.cycleId));
    const [row] = await rowsFor(ctx, s, [evaluation]);
    const { agency, headName } = await s.documentParties(evaluation.unitId, s.today());
    const buffer = await ratingFormDocx(cycle, evaluation, { fullName: row.fullName, unitName: row.unitName, explanation: row.explanation, headName: evaluation.isLeader ? null : headName }, agency, s.today());
    return { fileName: `phieu-danh-gia-${cycle.year}-${evaluation.id}.docx`, mimeType: DOCX, base64: buffer.toString('base64') };
  }

  @Access({ roles: [Role.HR, Role.LEADER, Role.HEAD], why: 'the notice of results of a unit of the caller’s scope, as .docx' }) @Query(() => FileContent, { description: 'The notice of results of a unit (Thông báo kết quả), Decree 30/2020 layout' })
  async evaluationNoticeDocx(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context) {
    const s = service(ctx);
    const cycle = await s.getCycle(cycleId);
    const evaluations = await s.list({ filter: { cycleId, unitId }, perPage: 1000 });
    const rows = await rowsFor(ctx, s, evaluations);
    const { agency, headName } = await s.documentParties(Number(unitId), s.today());
    const buffer = await resultsNoticeDocx(cycle, rows.map((r) => ({ fullName: r.fullName, position: r.evaluation.position, level: r.evaluation.decidedLevel })), agency, headName, s.today());
    return { fileName: `thong-bao-ket-qua-${cycle.year}.docx`, mimeType: DOCX, base64: buffer.toString('base64') };
  }

  @Access({ roles: [Role.HR, Role.LEADER, Role.HEAD], why: 'the minutes of the collective review of a unit of the caller’s scope, as .docx' }) @Query(() => FileContent, { description: 'The minutes of the collective review meeting of a unit (Biên bản họp xét), Decree 30/2020 layout' })
  async evaluationMinutesDocx(@Arg('cycleId', () => ID) cycleId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context) {
    const s = service(ctx);
    const cycle = await s.getCycle(cycleId);
    const evaluations = await s.list({ filter: { cycleId, unitId }, perPage: 1000 });
    const rows = await rowsFor(ctx, s, evaluations);
    const { agency, headName } = await s.documentParties(Number(unitId), s.today());
    const buffer = await reviewMinutesDocx(cycle, rows.map((r) => ({
      fullName: r.fullName, position: r.evaluation.position, proposed: r.evaluation.proposedLevel, head: r.evaluation.headLevel, decided: r.evaluation.decidedLevel,
    })), agency, headName, s.today());
    return { fileName: `bien-ban-hop-xet-${cycle.year}.docx`, mimeType: DOCX, base64: buffer.toString('base64') };
  }

  @Access(FIELD) @FieldResolver(() => String, { description: 'The proposal in words, in the request’s language' })
  proposalText(@Root() e: Evaluation, @Ctx() ctx: Context) { return service(ctx).explanationOf(e); }

  @Access(FIELD) @FieldResolver(() => RatingLevel, { nullable: true, description: 'For a head or deputy: the level the unit’s rating allows without a written reason' })
  unitBound(@Root() e: Evaluation, @Ctx() ctx: Context) { return e.isLeader ? batched(ctx).unitBound.load(`${e.cycleId}|${e.unitId}`) : null; }

  @Access(FIELD) @FieldResolver(() => [EvaluationAction], { description: 'What the reader may do with this evaluation now (the workflow table, the reader’s roles, the cycle’s state): the panel shows these buttons only' })
  allowedActions(@Root() e: Evaluation, @Ctx() ctx: Context) { return batched(ctx).allowed.load(e); }

  @Access(FIELD) @FieldResolver(() => [PastRating], { description: 'The official’s ratings across years (newest first), as far as the caller may see' })
  history(@Root() e: Evaluation, @Ctx() ctx: Context) { return batched(ctx).history.load(e.officialId); }

  @Access(FIELD) @FieldResolver(() => Official)
  official(@Root() e: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, e.officialId, ctx.loaders.official);
  }

  @Access(FIELD) @FieldResolver(() => Unit)
  unit(@Root() e: Evaluation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, e.unitId, ctx.loaders.unit);
  }
}

@Resolver(() => EvaluationStep)
export class EvaluationStepResolver {
  @Access(FIELD) @FieldResolver(() => String, { nullable: true, description: 'Who took the step: the account’s official, or its user name' })
  actorName(@Root() step: EvaluationStep, @Ctx() ctx: Context) { return actorName(ctx, step); }

  @Access(READ) @Query(() => [EvaluationStep])
  async allEvaluationSteps(@Args() args: AllEvaluationStepsArgs, @Ctx() ctx: Context) {
    return applyListArgs(await service(ctx).listSteps(args), args, { id: 's.id', at: 's.at' }, { field: 'id', order: 'ASC' }).getMany();
  }

  @Access(READ) @Query(() => ListMetadata)
  async _allEvaluationStepsMeta(@Args() args: AllEvaluationStepsArgs, @Ctx() ctx: Context) { return { count: await (await service(ctx).listSteps(args)).getCount() }; }
}

@Resolver(() => UnitRating)
export class UnitRatingResolver {
  @Access(FIELD) @FieldResolver(() => String, { description: 'How the derived level follows from the unit’s figures, in the request’s language' })
  derivationText(@Root() r: UnitRating, @Ctx() ctx: Context) { return explain(ctx.lang, r.derivedLevel, JSON.parse(r.explanation ?? '[]') as Reason[]); }

  @Access(FIELD) @FieldResolver(() => Unit)
  unit(@Root() r: UnitRating, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, r.unitId, ctx.loaders.unit);
  }

  @Access({ roles: [Role.LEADER, Role.HR, Role.HEAD], why: 'unit ratings of the caller’s scope' }) @Query(() => [UnitRating])
  allUnitRatings(@Args() args: AllUnitRatingsArgs, @Ctx() ctx: Context) {
    return applyListArgs(service(ctx).listUnitRatings(args), args, { id: 'r.id', year: 'r.year' }, { field: 'id', order: 'ASC' }).getMany();
  }

  @Access({ roles: [Role.LEADER, Role.HR, Role.HEAD], why: 'unit ratings of the caller’s scope' }) @Query(() => ListMetadata)
  async _allUnitRatingsMeta(@Args() args: AllUnitRatingsArgs, @Ctx() ctx: Context) { return { count: await service(ctx).listUnitRatings(args).getCount() }; }

  @Access({ roles: [Role.LEADER], why: 'the level above confirms a unit’s own rating' }) @Mutation(() => UnitRating)
  confirmUnitRating(@Arg('unitId', () => ID) unitId: string, @Arg('year', () => Int) year: number, @Arg('level', () => RatingLevel) level: RatingLevel, @Ctx() ctx: Context) {
    return service(ctx).confirmUnitRating(unitId, year, level);
  }
}

