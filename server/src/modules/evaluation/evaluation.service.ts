import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { inScope, type Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { requireUnitInScope, unitsInScope } from '../../auth/scope.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { AppError, InputError, NotFoundError } from '../../errors.js';
import { applyListArgs } from '../../graphql/list.js';
import { currentLang } from '../../i18n/lang.js';
import { explain, levelLabel } from '../../i18n/rating.js';
import { allowedOutstanding, quotaPercentFor, rulebookFor, unitRulebookFor } from '../../rules/rating/index.js';
import { LEVEL_ORDER, competentFor, type Proposal, type RatingInput, type Reason } from '../../rules/rating/types.js';
import { dateRange, optionalText, requireRow, toId, toIds } from '../../validation.js';
import { Official, OfficialCategory } from '../official/official.entity.js';
import { OfficialAssignment } from '../official/official-assignment.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { OFFICIALS_IN_SCOPE, cycleFacts, officialTasks, summarise, unitKpi, unitTasks, yearPosts, type CycleFacts, type YearTasks } from './evaluation.facts.js';
import type { YearKpi } from '../../rules/rating/unit-kpi.js';
import { noteHistory, sha256 } from '../history/history.js';
import {
  CycleState, Evaluation, EvaluationCycle, EvaluationQuotaLock, EvaluationState, EvaluationStep, PastRating, QuotaStatus, RatingLevel, UnitQuota, UnitRating,
} from './evaluation.entity.js';
import type {
  AllEvaluationCyclesArgs, AllEvaluationStepsArgs, AllEvaluationsArgs, AllUnitRatingsArgs, CreateEvaluationCycleArgs, DecisionInput,
  EvaluationFilter, SetUnitQuotaArgs, UpdateEvaluationArgs,
} from './evaluation.inputs.js';
import {
  CYCLE_WORKFLOW, CycleAction, EVALUATION_WORKFLOW, EvaluationAction, actionsFrom, allowedActions, requireCycleAction, type Actor as WorkflowActor,
} from './evaluation.workflow.js';

const READERS = [Role.LEADER, Role.HR, Role.HEAD];
const ACTION_KEYS: Record<EvaluationAction, string> = { SELF_ASSESS: 'selfAssess', UPDATE_FACTS: 'edit', PROPOSE: 'propose', REVIEW: 'review', DECIDE: 'decide', REOPEN: 'reopen' };
const ACTION_WORDS: Record<EvaluationAction, Record<'vi' | 'en', string>> = {
  SELF_ASSESS: { vi: 'tự đánh giá', en: 'the self-assessment' }, UPDATE_FACTS: { vi: 'cập nhật thông tin', en: 'recording the facts' },
  PROPOSE: { vi: 'đề xuất xếp loại', en: 'the proposal' }, REVIEW: { vi: 'thẩm định', en: 'the review' },
  DECIDE: { vi: 'quyết định xếp loại', en: 'the decision' }, REOPEN: { vi: 'mở lại', en: 'reopening' },
};
const WHO_WORDS: Record<WorkflowActor, Record<'vi' | 'en', string>> = {
  OWNER: { vi: 'người được đánh giá', en: 'the official rated' },
  HR: { vi: 'bộ phận tổ chức cán bộ (Nội vụ)', en: 'the personnel office (HR)' },
  COMPETENT: { vi: 'người có thẩm quyền (thủ trưởng đơn vị; cấp trên đối với cấp trưởng, cấp phó)', en: 'the competent person (the unit’s head; the level above for heads and deputies)' },
};
const rank = (l: RatingLevel | null) => (l === null ? -1 : LEVEL_ORDER.indexOf(l));
const DECIDED = [EvaluationState.DECIDED, EvaluationState.PUBLISHED];
/** Whether a recomputed unit rating differs from the stored one (an unchanged one is not written again, nor logged). */
const unitRatingChanged = (row: Pick<UnitRating, 'derivedLevel' | 'evidence' | 'explanation'>, d: Pick<UnitRating, 'derivedLevel' | 'evidence' | 'explanation'>) =>
  row.derivedLevel !== d.derivedLevel || row.evidence !== d.evidence || row.explanation !== d.explanation;

/** A unit's own quota settings, or its cycle's. */
const quotaSettings = (from: Pick<UnitQuota, 'quotaPercent' | 'quotaDecision' | 'quotaByDutyGroup'>) =>
  ({ quotaPercent: from.quotaPercent, quotaDecision: from.quotaDecision, quotaByDutyGroup: from.quotaByDutyGroup });
/** '/1/5/9/' → ['/1/', '/1/5/', '/1/5/9/']: the paths of a unit and of every unit above it. */
/** Rows per multi-row INSERT when a cycle opens. */
const WRITE_BATCH = 500;

/** A unit's derived rating with the facts it came from (a leader's proposal shows them). */
interface DerivedUnit {
  tasks: YearTasks;
  subunitRatings: RatingLevel[];
  kpi: YearKpi | null;
  derivedLevel: RatingLevel | null;
  /** confirmed by the level above, else derived */
  level: RatingLevel | null;
  evidence: string;
  explanation: string;
}
const ancestry = (path: string) => path.split('/').filter(Boolean).map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}/`);

/**
 * The yearly evaluation: cycles, each official's evaluation with its evidence and proposal, the
 * workflow from self-assessment to publication, the unit ratings that bound leaders, and the
 * outstanding quota, checked under a lock so that it holds whoever decides at the same time.
 */
export class EvaluationService {
  constructor(private readonly db: Database, private readonly clock: Clock, private readonly actor: Actor) {}

  // --- cycles -------------------------------------------------------------------------------

  listCycles(args: AllEvaluationCyclesArgs) {
    const qb = this.db.manager.createQueryBuilder(EvaluationCycle, 'c');
    this.scoped(qb, 'c.unitId', [...READERS, Role.OFFICIAL]);
    if (args.filter?.ids) qb.andWhere('c.id IN (:...ids)', { ids: [0, ...toIds('ids', args.filter.ids)] });
    if (args.filter?.year) qb.andWhere('c.year = :y', { y: args.filter.year });
    return qb;
  }

  async getCycle(id: string): Promise<EvaluationCycle> {
    const row = await this.listCycles({ filter: { ids: [id] } }).getOne();
    if (!row) throw new NotFoundError('cycleId', id);
    return row;
  }

  /**
   * Opens a cycle: one evaluation per official posted in the scope during the year, with its
   * evidence and proposal; those who worked under 6 months are listed as not rated, with why.
   */
  async openCycle(args: CreateEvaluationCycleArgs): Promise<EvaluationCycle> {
    dateRange('closesOn', args.opensOn, args.closesOn);
    if (args.selfAssessBy) dateRange('selfAssessBy', args.opensOn, args.selfAssessBy);
    const lawPercent = quotaPercentFor(args.year);
    const percent = args.quotaPercent ?? lawPercent;
    if (!Number.isInteger(percent) || percent < lawPercent || percent > 100) throw new InputError('input.range', { field: 'quotaPercent', min: lawPercent, max: 100 });
    if (percent !== lawPercent && !optionalText('quotaDecision', args.quotaDecision)) throw new InputError('input.required', { field: 'quotaDecision' });
    const unitId = toId('unitId', args.unitId);
    const root = await requireUnitInScope(this.db.manager, this.actor, [Role.HR], 'unitId', unitId);
    await this.checkNoCycle(this.db.manager, root, args.year);
    // Everything is read first, in a fixed number of statements whatever the number of officials,
    // and computed in memory; the writes then go in one short transaction of multi-row inserts.
    const m0 = this.db.manager;
    const asOf = this.asOf(args.year);
    const units = await m0.createQueryBuilder(Unit, 'u').where('u.path LIKE :p', { p: `${root.path}%` }).orderBy('LENGTH(u.path)', 'DESC').addOrderBy('u.id', 'ASC').getMany();
    const facts = await cycleFacts(m0, root.path, args.year, asOf);
    const scope = { scope: `${root.path}%`, y0: `${args.year}-01-01`, y1: `${args.year}-12-31` };
    const [ratings, officials, previous] = await Promise.all([
      m0.createQueryBuilder(UnitRating, 'r').where('r.unitId IN (SELECT ru.id FROM unit ru WHERE ru.path LIKE :scope)', scope).andWhere('r.year = :year', { year: args.year }).getMany(),
      m0.createQueryBuilder(Official, 'o').where(`o.id IN (${OFFICIALS_IN_SCOPE})`, scope).orderBy('o.id', 'ASC').getMany(),
      m0.createQueryBuilder(Evaluation, 'p').innerJoin(EvaluationCycle, 'pc', 'pc.id = p.cycleId')
        .where(`p.officialId IN (${OFFICIALS_IN_SCOPE})`, scope).andWhere('pc.year = :py', { py: args.year - 1 }).getMany(),
    ]);
    const derived = this.deriveUnitRatings(units, args.year, facts, ratings);
    const inScopeUnits = new Set(units.map((u) => u.id));
    const previousLevel = new Map(previous.map((p) => [p.officialId, p.decidedLevel]));
    const rows: Evaluation[] = [];
    for (const official of officials) {
      const posts = facts.posts.get(official.id);
      if (!posts?.last || !inScopeUnits.has(posts.last.unitId)) continue; // moved out of the scope by year end
      const quotaGroup = args.quotaByDutyGroup ? posts.last.dutyGroup : 'ALL';
      const ev = this.db.manager.create(Evaluation, {
        officialId: official.id, unitId: posts.last.unitId, position: posts.last.position, isLeader: posts.isLeader, category: official.category,
        quotaGroup, monthsWorked: posts.months, monthsAbsent: 0, maternityLeave: false, disciplined: false, version: 1,
        state: EvaluationState.OPEN, evidence: '{}', explanation: '[]', generalPoints: null, legalBasis: null,
      });
      const unit = derived.get(ev.unitId)!;
      this.applyProposal(ev, args.year, facts.officialTasks(official.id), ev.isLeader ? unit : null, previousLevel.get(official.id) ?? null);
      rows.push(ev);
    }
    return this.db.transaction(async (m) => {
      await this.checkNoCycle(m, root, args.year);
      const cycle = await m.save(m.create(EvaluationCycle, {
        year: args.year, unitId: root.id, opensOn: args.opensOn, closesOn: args.closesOn, selfAssessBy: args.selfAssessBy ?? null, state: CycleState.OPEN, quotaPercent: percent,
        quotaDecision: optionalText('quotaDecision', args.quotaDecision) || null, quotaByDutyGroup: args.quotaByDutyGroup ?? false, createdAt: this.clock.now(),
      }));
      await this.writeUnitRatings(m, args.year, derived, ratings);
      for (const r of rows) r.cycleId = cycle.id;
      for (let i = 0; i < rows.length; i += WRITE_BATCH) {
        await m.createQueryBuilder().insert().into(Evaluation).values(rows.slice(i, i + WRITE_BATCH)).updateEntity(false).execute();
      }
      if (rows.length) {
        // the opening step of every evaluation and the quota rows, each in one statement from the rows just written
        const at = m.connection.driver.preparePersistentValue(this.clock.now(), m.connection.getMetadata(EvaluationStep).findColumnWithPropertyName('at')!);
        const [stepSql, stepParams] = m.connection.driver.escapeQueryWithParameters(
          `INSERT INTO evaluation_step (evaluationId, at, accountId, action, fromState, toState, level, reason)
           SELECT e.id, :at, :account, 'OPENED', NULL, e.state, e.proposedLevel, e.notRatedReason FROM evaluation e WHERE e.cycleId = :cycle`,
          { at, account: this.actor.accountId, cycle: cycle.id },
        );
        await m.query(stepSql, stepParams);
        const steps: Array<{ id: number }> = await m.query(
          'SELECT s.id FROM evaluation_step s INNER JOIN evaluation e ON e.id = s.evaluationId WHERE e.cycleId = ?', [cycle.id],
        );
        noteHistory(m, 'evaluation_step', steps.map((st) => st.id));
        const [lockSql, lockParams] = m.connection.driver.escapeQueryWithParameters(
          `INSERT INTO evaluation_quota_lock (cycleId, unitId, quotaGroup, touched)
           SELECT DISTINCT e.cycleId, e.unitId, e.quotaGroup, 0 FROM evaluation e WHERE e.cycleId = :cycle`,
          { cycle: cycle.id },
        );
        await m.query(lockSql, lockParams);
      }
      return cycle;
    });
  }

  /** One evaluation per official and year: no cycle of the year for the unit, nor one that covers or lies inside it. */
  private async checkNoCycle(m: EntityManager, root: Unit, year: number): Promise<void> {
    if (await m.findOneBy(EvaluationCycle, { year, unitId: root.id })) throw new AppError('CONFLICT', 'eval.cycleExists', { field: 'year', value: year });
    const overlapping = await m.createQueryBuilder(EvaluationCycle, 'c').innerJoin(Unit, 'cu', 'cu.id = c.unitId')
      .where('c.year = :y', { y: year }).andWhere('(cu.path LIKE :inside OR cu.path IN (:...above))', { inside: `${root.path}%`, above: ancestry(root.path) })
      .select('cu.name', 'name').getRawOne<{ name: string }>();
    if (overlapping) throw new AppError('CONFLICT', 'eval.cycleOverlaps', { field: 'unitId', value: year, unit: overlapping.name });
  }

  /** The units' own ratings derived in memory, the units under each one first. */
  private deriveUnitRatings(units: Unit[], year: number, facts: CycleFacts, existing: UnitRating[]): Map<number, DerivedUnit> {
    const stored = new Map(existing.map((r) => [r.unitId, r]));
    const children = new Map<number, number[]>();
    for (const u of units) if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const out = new Map<number, DerivedUnit>();
    for (const unit of units) {
      const subunitRatings = (children.get(unit.id) ?? []).map((id) => {
        const d = out.get(id);
        return d ? stored.get(id)?.confirmedLevel ?? d.derivedLevel : null;
      }).filter((l): l is RatingLevel => l !== null && l !== undefined);
      out.set(unit.id, this.unitRatingFrom(year, facts.unitTasks(unit.path), facts.kpi(unit.id), subunitRatings, stored.get(unit.id)?.confirmedLevel ?? null));
    }
    return out;
  }

  private async writeUnitRatings(m: EntityManager, year: number, derived: Map<number, DerivedUnit>, existing: UnitRating[]): Promise<void> {
    const stored = new Map(existing.map((r) => [r.unitId, r]));
    const fresh = [...derived].filter(([unitId]) => !stored.has(unitId)).map(([unitId, d]) => ({
      unitId, year, derivedLevel: d.derivedLevel, confirmedLevel: null, confirmedByAccountId: null, confirmedAt: null, evidence: d.evidence, explanation: d.explanation,
    }));
    for (let i = 0; i < fresh.length; i += WRITE_BATCH) await m.createQueryBuilder().insert().into(UnitRating).values(fresh.slice(i, i + WRITE_BATCH)).updateEntity(false).execute();
    // a unit rating is evidence (the level above confirms it): every version of it enters the log
    if (fresh.length) {
      const made: Array<{ id: number }> = await m.createQueryBuilder(UnitRating, 'r').select('r.id', 'id')
        .where('r.year = :year AND r.unitId IN (:...units)', { year, units: fresh.map((f) => f.unitId) }).getRawMany();
      noteHistory(m, 'unit_rating', made.map((r) => r.id), 'CREATED');
    }
    for (const [unitId, d] of derived) {
      const row = stored.get(unitId);
      if (row && unitRatingChanged(row, d)) {
        await m.update(UnitRating, row.id, { derivedLevel: d.derivedLevel, evidence: d.evidence, explanation: d.explanation });
        noteHistory(m, 'unit_rating', [row.id], 'UPDATED');
      }
    }
  }

  /** Evidence and the rulebook's proposal, recomputed from the tracked tasks as they are now. */
  private async refreshProposal(m: EntityManager, ev: Evaluation, year: number): Promise<void> {
    const yearTasks = await officialTasks(m, ev.officialId, year, this.asOf(year));
    let unit: DerivedUnit | null = null;
    if (ev.isLeader) unit = await this.deriveUnitRating(m, await requireRow(m, Unit, 'unitId', ev.unitId), year);
    const previous = await m.createQueryBuilder(Evaluation, 'p').innerJoin(EvaluationCycle, 'pc', 'pc.id = p.cycleId')
      .where('p.officialId = :o AND pc.year = :y', { o: ev.officialId, y: year - 1 }).getOne();
    this.applyProposal(ev, year, yearTasks, unit, previous?.decidedLevel ?? null);
  }

  /** Evidence and the rulebook's proposal from the facts, in memory. */
  private applyProposal(ev: Evaluation, year: number, yearTasks: YearTasks, unit: DerivedUnit | null, previousLevel: RatingLevel | null): void {
    const tasks = yearTasks.due;
    const input: RatingInput = {
      year, category: ev.category, isLeader: ev.isLeader, monthsWorked: ev.monthsWorked, monthsAbsent: ev.monthsAbsent,
      maternityLeave: ev.maternityLeave, disciplined: ev.disciplined, tasks, generalPoints: ev.generalPoints ?? undefined,
      cases: [...(ev.ideologyDegradation ? ['DEGRADATION' as const] : []), ...(ev.unitCorruption ? ['UNIT_CORRUPTION' as const] : [])],
      directingPercent: ev.directingPercent ?? undefined,
    };
    const evidence: Record<string, unknown> = { official: summarise(yearTasks) };
    if (ev.isLeader && unit) {
      input.unit = { tasks: unit.tasks.due, subunitRatings: unit.subunitRatings, kpi: unit.kpi };
      evidence.unit = { ...summarise(unit.tasks), subunitRatings: input.unit.subunitRatings, kpi: unit.kpi, level: unit.level };
    }
    const book = rulebookFor(year, ev.category);
    let proposal: Proposal;
    if (book) proposal = book.propose(input);
    else proposal = { level: null, reasons: [{ key: 'rating.byHand', params: { year } }] };
    ev.rulebookId = book?.id ?? null;
    ev.legalBasis = ev.legalBasis ?? book?.basis ?? null;
    ev.evidence = JSON.stringify(evidence);
    ev.proposedLevel = proposal.level as RatingLevel | null;
    ev.proposedPoints = proposal.points ?? null;
    ev.explanation = JSON.stringify(proposal.reasons);
    if (proposal.notRated) {
      ev.state = EvaluationState.NOT_RATED;
      ev.notRatedReason = explain('vi', null, proposal.reasons);
    } else if (ev.state === EvaluationState.NOT_RATED) {
      ev.state = EvaluationState.OPEN;
      ev.notRatedReason = null;
    }
    ev.secondNotComplete = ev.category === OfficialCategory.CONG_CHUC && previousLevel === RatingLevel.NOT_COMPLETE && ev.decidedLevel === RatingLevel.NOT_COMPLETE;
  }

  /**
   * A unit's own rating: derived from its tasks, the ratings of the units under it and its
   * public-service index (rules/rating/unit-kpi.ts), then confirmed or corrected by the level above.
   * Re-derived whenever a leader's proposal is refreshed, so that a result imported later counts.
   */
  private async deriveUnitRating(m: EntityManager, unit: Unit, year: number): Promise<DerivedUnit> {
    const asOf = this.asOf(year);
    const yearTasks = await unitTasks(m, unit.path, year, asOf);
    const kpi = await unitKpi(m, unit.id, year);
    const children = await m.findBy(Unit, { parentId: unit.id });
    const ratings = children.length ? await m.findBy(UnitRating, { unitId: In(children.map((c) => c.id)), year }) : [];
    const subunitRatings = ratings.map((r) => r.confirmedLevel ?? r.derivedLevel).filter((l): l is RatingLevel => l !== null);
    const existing = await m.findOneBy(UnitRating, { unitId: unit.id, year });
    const derived = this.unitRatingFrom(year, yearTasks, kpi, subunitRatings, existing?.confirmedLevel ?? null);
    if (existing && unitRatingChanged(existing, derived)) {
      await m.update(UnitRating, existing.id, { derivedLevel: derived.derivedLevel, evidence: derived.evidence, explanation: derived.explanation });
      noteHistory(m, 'unit_rating', [existing.id], 'UPDATED');
    } else if (!existing) {
      const made = await m.insert(UnitRating, { unitId: unit.id, year, derivedLevel: derived.derivedLevel, confirmedLevel: null, confirmedByAccountId: null, confirmedAt: null, evidence: derived.evidence, explanation: derived.explanation });
      noteHistory(m, 'unit_rating', [made.identifiers[0].id], 'CREATED');
    }
    return derived;
  }

  /** A unit's level from its facts, in memory: the rulebook's, unless the level above confirmed another. */
  private unitRatingFrom(year: number, yearTasks: YearTasks, kpi: YearKpi | null, subunitRatings: RatingLevel[], confirmed: RatingLevel | null): DerivedUnit {
    const tasks = yearTasks.due;
    const reasons: Reason[] = [];
    let level: RatingLevel | null = null;
    if (tasks.length === 0) reasons.push({ key: 'rating.noTasks' });
    else level = (unitRulebookFor(year)?.unitLevel({ tasks, subunitRatings, kpi }, reasons) ?? null) as RatingLevel | null;
    return {
      tasks: yearTasks, subunitRatings, kpi, derivedLevel: level, level: confirmed ?? level,
      evidence: JSON.stringify({ ...summarise(yearTasks), subunitRatings, kpi }), explanation: JSON.stringify(reasons),
    };
  }

  // --- evaluations ----------------------------------------------------------------------------

  async list(args: AllEvaluationsArgs): Promise<Evaluation[]> {
    // the cycle comes in the same statement: what may be done next depends on its state
    return applyListArgs((await this.filtered(args.filter)).leftJoinAndSelect('e.cycle', 'ecycle'), args, { id: 'e.id', state: 'e.state', position: 'e.position', proposedLevel: 'e.proposedLevel', decidedLevel: 'e.decidedLevel' }, { field: 'id', order: 'ASC' }).getMany();
  }

  async count(filter?: EvaluationFilter): Promise<number> {
    return (await this.filtered(filter)).getCount();
  }

  async get(id: string): Promise<Evaluation> {
    const row = await (await this.filtered({ ids: [id] })).getOne();
    if (!row) throw new NotFoundError('evaluationId', id);
    return row;
  }

  /** HR records the facts the tasks do not show: leave, discipline, quota group, legal basis. */
  async updateFacts(args: UpdateEvaluationArgs): Promise<Evaluation> {
    const ev = await this.get(args.id);
    return this.db.transaction(async (m) => {
      const cycle = await this.openCycleOf(m, ev);
      await requireUnitInScope(m, this.actor, [Role.HR], 'unitId', ev.unitId);
      this.requireNotOwn(ev);
      this.requireTransition(ev, EvaluationAction.UPDATE_FACTS);
      if (args.monthsAbsent !== undefined && args.monthsAbsent !== null && (args.monthsAbsent < 0 || args.monthsAbsent > 12)) throw new InputError('input.range', { field: 'monthsAbsent', min: 0, max: 12 });
      if (args.unitCorruption && !ev.isLeader) throw new InputError('eval.leadersOnlyCase', { field: 'unitCorruption' });
      Object.assign(ev, {
        monthsAbsent: args.monthsAbsent ?? ev.monthsAbsent, maternityLeave: args.maternityLeave ?? ev.maternityLeave,
        disciplined: args.disciplined ?? ev.disciplined, quotaGroup: optionalText('quotaGroup', args.quotaGroup, 50) || ev.quotaGroup,
        ideologyDegradation: args.ideologyDegradation ?? ev.ideologyDegradation, unitCorruption: args.unitCorruption ?? ev.unitCorruption,
        notCompleteBasis: args.notCompleteBasis === undefined ? ev.notCompleteBasis : optionalText('notCompleteBasis', args.notCompleteBasis, 2000) || null,
        legalBasis: args.legalBasis === undefined ? ev.legalBasis : optionalText('legalBasis', args.legalBasis) || null,
      });
      // a "not complete" case is a fact on record: never without the conclusion or decision it rests on
      if ((ev.disciplined || ev.ideologyDegradation || ev.unitCorruption) && !ev.notCompleteBasis) throw new InputError('eval.caseBasisRequired', { field: 'notCompleteBasis' });
      await this.refreshProposal(m, ev, cycle.year);
      await m.createQueryBuilder().insert().into(EvaluationQuotaLock).values({ cycleId: cycle.id, unitId: ev.unitId, quotaGroup: ev.quotaGroup, touched: 0 }).orIgnore().execute();
      return this.save(m, ev, 'FACTS', ev.state, null, null);
    });
  }

  async selfAssess(id: string, text: string, level: RatingLevel | null): Promise<Evaluation> {
    const ev = await this.get(id);
    return this.db.transaction(async (m) => {
      await this.openCycleOf(m, ev);
      if (this.actor.officialId !== ev.officialId) throw new AppError('FORBIDDEN', 'eval.notYours');
      this.requireTransition(ev, EvaluationAction.SELF_ASSESS);
      ev.selfAssessment = optionalText('selfAssessment', text, 20000) || null;
      ev.selfLevel = level;
      return this.save(m, ev, 'SELF_ASSESS', EvaluationState.SELF_ASSESSED, level, null);
    });
  }

  /** The head's proposal (for a head or deputy: the level above's), with the general-criteria points. */
  async propose(id: string, level: RatingLevel, comment: string | null, generalPoints: number | null, directingPercent: number | null = null): Promise<Evaluation> {
    const ev = await this.get(id);
    return this.db.transaction(async (m) => {
      const cycle = await this.openCycleOf(m, ev);
      await this.requireCompetent(m, ev);
      this.requireTransition(ev, EvaluationAction.PROPOSE);
      // the head proposes on the official's own account of the year, or once the time for it has passed
      if (ev.state === EvaluationState.OPEN && cycle.selfAssessBy !== null && this.clock.today() <= cycle.selfAssessBy) {
        throw new AppError('CONFLICT', 'eval.awaitingSelfAssessment', { date: cycle.selfAssessBy.split('-').reverse().join('/') });
      }
      // above the system's proposal only with a written reason
      if (ev.proposedLevel !== null && rank(level) > rank(ev.proposedLevel) && !optionalText('comment', comment)) {
        throw new InputError('eval.aboveProposalReason', { field: 'comment', level: levelLabel(currentLang(), ev.proposedLevel) });
      }
      const book = rulebookFor(cycle.year, ev.category);
      generalPoints = generalPoints ?? null;
      directingPercent = directingPercent ?? null;
      // general points exist only where the rulebook marks them (Decree 335), and only up to its maximum
      if (generalPoints !== null && (!book || book.generalMax === null)) throw new InputError('eval.noGeneralPoints', { field: 'generalPoints', basis: book?.basis ?? '' });
      if (generalPoints !== null && book?.generalMax != null && (generalPoints < 0 || generalPoints > book.generalMax)) throw new InputError('input.range', { field: 'generalPoints', min: 0, max: book.generalMax / 100 });
      if (directingPercent !== null && (!book?.directingCriterion || !ev.isLeader)) throw new InputError('eval.noDirectingCriterion', { field: 'directingPercent' });
      if (directingPercent !== null && (!Number.isInteger(directingPercent) || directingPercent < 0 || directingPercent > 100)) throw new InputError('input.range', { field: 'directingPercent', min: 0, max: 100 });
      if (generalPoints !== null) ev.generalPoints = generalPoints;
      if (directingPercent !== null) ev.directingPercent = directingPercent;
      await this.refreshProposal(m, ev, cycle.year); // the head proposes on the facts as they are now
      ev.headLevel = level;
      ev.headComment = optionalText('comment', comment) || null;
      return this.save(m, ev, 'PROPOSE', EvaluationState.PROPOSED, level, ev.headComment);
    });
  }

  async review(id: string, comment: string | null): Promise<Evaluation> {
    const ev = await this.get(id);
    return this.db.transaction(async (m) => {
      await this.openCycleOf(m, ev);
      await requireUnitInScope(m, this.actor, [Role.HR], 'unitId', ev.unitId);
      this.requireNotOwn(ev);
      this.requireTransition(ev, EvaluationAction.REVIEW);
      ev.hrComment = optionalText('comment', comment) || null;
      return this.save(m, ev, 'REVIEW', EvaluationState.REVIEWED, ev.headLevel, ev.hrComment);
    });
  }

  async decide(decision: DecisionInput): Promise<Evaluation> {
    return (await this.decideMany([decision]))[0];
  }

  /**
   * Decisions for one or many evaluations in one transaction: the quota is checked on the state
   * after all of them, so the order in which they were clicked decides nothing.
   */
  async decideMany(decisions: DecisionInput[]): Promise<Evaluation[]> {
    const evaluations = await Promise.all(decisions.map((d) => this.get(d.evaluationId)));
    return this.db.transaction(async (m) => {
      const groups = [...new Set(evaluations.map((e) => `${e.cycleId}|${e.unitId}|${e.quotaGroup}`))].sort();
      for (const key of groups) await this.lockQuota(m, key);
      const fresh = await m.findBy(Evaluation, { id: In(evaluations.map((e) => e.id)) });
      const out: Evaluation[] = [];
      for (const d of decisions) {
        const ev = fresh.find((e) => e.id === Number(d.evaluationId))!;
        await this.openCycleOf(m, ev);
        await this.requireCompetent(m, ev);
        this.requireTransition(ev, EvaluationAction.DECIDE);
        ev.aboveUnitBound = await this.checkLeaderBound(m, ev, d);
        // a category without a rulebook is rated by hand: never without its legal basis on record
        ev.legalBasis = optionalText('legalBasis', d.legalBasis, 2000) || ev.legalBasis;
        if (ev.rulebookId === null && !ev.legalBasis) throw new InputError('eval.legalBasisRequired', { field: 'legalBasis' });
        ev.decidedLevel = d.level;
        ev.decisionReason = [optionalText('reason', d.reason), optionalText('aboveBoundReason', d.aboveBoundReason)].filter(Boolean).join(' — ') || null;
        const cycle = await requireRow(m, EvaluationCycle, 'cycleId', ev.cycleId);
        await this.refreshProposal(m, ev, cycle.year);
        // the rating keeps the seal of the evidence it was decided on (printed on the form)
        ev.decidedEvidenceHash = sha256(ev.evidence);
        out.push(await this.save(m, ev, 'DECIDE', EvaluationState.DECIDED, d.level, ev.decisionReason));
      }
      for (const key of groups) await this.checkQuota(m, key);
      return out;
    });
  }

  /** A decided rating is locked; reopening it takes a reason and goes on record. */
  async reopen(id: string, reason: string): Promise<Evaluation> {
    const ev = await this.get(id);
    const why = optionalText('reason', reason);
    if (!why) throw new InputError('input.required', { field: 'reason' });
    return this.db.transaction(async (m) => {
      await this.lockQuota(m, `${ev.cycleId}|${ev.unitId}|${ev.quotaGroup}`);
      const cycle = await requireRow(m, EvaluationCycle, 'cycleId', ev.cycleId);
      if (cycle.state === CycleState.CLOSED) throw new AppError('CONFLICT', 'eval.cycleClosed');
      await this.requireCompetent(m, ev);
      this.requireTransition(ev, EvaluationAction.REOPEN);
      const fresh = await requireRow(m, Evaluation, 'evaluationId', ev.id);
      fresh.decidedLevel = null;
      fresh.decidedEvidenceHash = null;
      fresh.aboveUnitBound = false;
      const saved = await this.save(m, fresh, 'REOPEN', EvaluationState.REVIEWED, null, why);
      await this.checkQuota(m, `${ev.cycleId}|${ev.unitId}|${ev.quotaGroup}`);
      return saved;
    });
  }

  /**
   * HR brings every evaluation not yet decided up to date with the tracked work (tasks done since
   * the cycle opened, results imported, facts recorded), and the unit ratings with them. A
   * proposal whose level changes gets a step saying from what to what.
   */
  async refreshCycle(cycleId: string): Promise<EvaluationCycle> {
    const cycle = await this.getCycle(cycleId);
    return this.db.transaction(async (m) => {
      const root = await requireUnitInScope(m, this.actor, [Role.HR], 'unitId', cycle.unitId);
      requireCycleAction(cycle, CycleAction.REFRESH);
      const units = await m.createQueryBuilder(Unit, 'u').where('u.path LIKE :p', { p: `${root.path}%` }).orderBy('LENGTH(u.path)', 'DESC').getMany();
      for (const unit of units) await this.deriveUnitRating(m, unit, cycle.year);
      const open = await m.createQueryBuilder(Evaluation, 'e').where('e.cycleId = :c', { c: cycle.id })
        .andWhere('e.state NOT IN (:...done)', { done: DECIDED }).orderBy('e.id', 'ASC').getMany();
      for (const ev of open) {
        const before = ev.proposedLevel;
        const points = ev.proposedPoints;
        await this.refreshProposal(m, ev, cycle.year);
        if (before !== ev.proposedLevel || points !== ev.proposedPoints) {
          await this.save(m, ev, 'REFRESH', ev.state, ev.proposedLevel, `trước đó: ${levelLabel('vi', before)}`);
        }
      }
      return requireRow(m, EvaluationCycle, 'cycleId', cycle.id);
    });
  }

  /** HR publishes when every rated evaluation is decided; the cycle closes and every rating stays locked. */
  async publish(cycleId: string): Promise<EvaluationCycle> {
    const cycle = await this.getCycle(cycleId);
    return this.db.transaction(async (m) => {
      await requireUnitInScope(m, this.actor, [Role.HR], 'unitId', cycle.unitId);
      requireCycleAction(cycle, CycleAction.PUBLISH);
      const open = await m.createQueryBuilder(Evaluation, 'e').where('e.cycleId = :c', { c: cycle.id })
        .andWhere('e.state NOT IN (:...done)', { done: [EvaluationState.DECIDED, EvaluationState.PUBLISHED, EvaluationState.NOT_RATED] }).getCount();
      if (open > 0) throw new AppError('CONFLICT', 'eval.notAllDecided', { count: open });
      const decided = await m.findBy(Evaluation, { cycleId: cycle.id, state: EvaluationState.DECIDED });
      for (const ev of decided) await this.save(m, ev, 'PUBLISH', EvaluationState.PUBLISHED, ev.decidedLevel, null);
      await m.update(EvaluationCycle, cycle.id, { state: CYCLE_WORKFLOW.PUBLISH.to! });
      return requireRow(m, EvaluationCycle, 'cycleId', cycle.id);
    });
  }

  /** The level above confirms (or corrects) a unit's own rating, which bounds its leaders. */
  async confirmUnitRating(unitId: string, year: number, level: RatingLevel): Promise<UnitRating> {
    return this.db.transaction(async (m) => {
      const unit = await requireRow(m, Unit, 'unitId', toId('unitId', unitId));
      const above = unit.parentId === null ? unit : await requireRow(m, Unit, 'unitId', unit.parentId);
      if (!inScope(this.actor, [Role.LEADER], above.path)) {
        throw new AppError('FORBIDDEN', 'eval.notCompetent', { who: currentLang() === 'vi' ? 'lãnh đạo cấp trên của đơn vị' : 'the leaders above the unit' });
      }
      const rating = await m.findOneBy(UnitRating, { unitId: unit.id, year });
      if (!rating) throw new NotFoundError('unitId', unitId);
      // once the year's results are published, the unit's rating is locked with them
      const closed = await m.createQueryBuilder(EvaluationCycle, 'c').innerJoin(Unit, 'cu', 'cu.id = c.unitId')
        .where('c.year = :y AND c.state = :closed AND cu.path IN (:...above)', { y: year, closed: CycleState.CLOSED, above: ancestry(unit.path) }).getCount();
      if (closed > 0) throw new AppError('CONFLICT', 'eval.cycleClosed');
      await this.deriveUnitRating(m, unit, year);
      await m.update(UnitRating, rating.id, { confirmedLevel: level, confirmedByAccountId: this.actor.accountId, confirmedAt: this.clock.now() });
      noteHistory(m, 'unit_rating', [rating.id], 'UPDATED');
      return requireRow(m, UnitRating, 'unitId', rating.id);
    });
  }

  listUnitRatings(args: AllUnitRatingsArgs) {
    const qb = this.db.manager.createQueryBuilder(UnitRating, 'r');
    // a unit's rating and its evidence are read within the reader's own subtree, never a unit above it
    this.scoped(qb, 'r.unitId', [...READERS], false);
    if (args.filter?.ids) qb.andWhere('r.id IN (:...ids)', { ids: [0, ...toIds('ids', args.filter.ids)] });
    if (args.filter?.year) qb.andWhere('r.year = :y', { y: args.filter.year });
    if (args.filter?.unitId) qb.andWhere('r.unitId = :u', { u: toId('unitId', args.filter.unitId) });
    return qb;
  }

  /**
   * HR sets a unit's quota in a cycle: a ratio above 20 needs the decision that allows it, and
   * grouping by duty group regroups the unit's evaluations. The change is refused, with the
   * numbers, if the ratings already decided would then break the quota.
   */
  async setUnitQuota(args: SetUnitQuotaArgs): Promise<UnitQuota> {
    const cycle = await this.getCycle(args.cycleId);
    const percent = args.quotaPercent;
    const lawPercent = quotaPercentFor(cycle.year);
    if (!Number.isInteger(percent) || percent < lawPercent || percent > 100) throw new InputError('input.range', { field: 'quotaPercent', min: lawPercent, max: 100 });
    const decision = optionalText('quotaDecision', args.quotaDecision) || null;
    if (percent !== lawPercent && !decision) throw new InputError('input.required', { field: 'quotaDecision' });
    return this.db.transaction(async (m) => {
      requireCycleAction(cycle, CycleAction.SET_QUOTA);
      const unit = await requireUnitInScope(m, this.actor, [Role.HR], 'unitId', toId('unitId', args.unitId));
      const root = await requireRow(m, Unit, 'unitId', cycle.unitId);
      if (!unit.path.startsWith(root.path)) throw new InputError('eval.unitOutsideCycle', { field: 'unitId' });
      const byDutyGroup = args.quotaByDutyGroup ?? (await this.quotaOf(m, cycle, unit.id)).quotaByDutyGroup;
      const evaluations = await m.findBy(Evaluation, { cycleId: cycle.id, unitId: unit.id });
      const regroup: Array<{ ev: Evaluation; group: string }> = [];
      for (const ev of evaluations) {
        const group = byDutyGroup ? (await yearPosts(m, ev.officialId, cycle.year)).last?.dutyGroup ?? 'ALL' : 'ALL';
        if (group !== ev.quotaGroup) regroup.push({ ev, group });
      }
      const keys = [...new Set([...evaluations.map((e) => e.quotaGroup), ...regroup.map((r) => r.group)])].map((g) => `${cycle.id}|${unit.id}|${g}`).sort();
      for (const key of keys) {
        await m.createQueryBuilder().insert().into(EvaluationQuotaLock).values({ cycleId: cycle.id, unitId: unit.id, quotaGroup: key.split('|')[2], touched: 0 }).orIgnore().execute();
        await this.lockQuota(m, key);
      }
      const existing = await m.findOneBy(UnitQuota, { cycleId: cycle.id, unitId: unit.id });
      const values = { quotaPercent: percent, quotaDecision: decision, quotaByDutyGroup: byDutyGroup, setByAccountId: this.actor.accountId, setAt: this.clock.now() };
      if (existing) await m.update(UnitQuota, existing.id, values);
      else await m.insert(UnitQuota, { cycleId: cycle.id, unitId: unit.id, ...values });
      for (const { ev, group } of regroup) {
        ev.quotaGroup = group;
        await this.save(m, ev, 'REGROUP', ev.state, null, group);
      }
      for (const key of keys) await this.checkQuota(m, key);
      return m.findOneByOrFail(UnitQuota, { cycleId: cycle.id, unitId: unit.id });
    });
  }

  /** Per unit and quota group of a cycle, as the caller may see them: how many are outstanding and how many may be. */
  async quotaStatus(cycleId: string, unitId?: string | null): Promise<QuotaStatus[]> {
    const cycle = await this.getCycle(cycleId);
    const evaluations = await (await this.filtered({ cycleId: String(cycle.id), unitId: unitId ?? undefined })).getMany();
    const byKey = new Map<string, Evaluation[]>();
    for (const ev of evaluations) byKey.set(`${ev.unitId}|${ev.quotaGroup}`, [...(byKey.get(`${ev.unitId}|${ev.quotaGroup}`) ?? []), ev]);
    const own = await this.db.manager.findBy(UnitQuota, { cycleId: cycle.id });
    const out: QuotaStatus[] = [];
    for (const [key, members] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
      const [unit, quotaGroup] = key.split('|');
      const quota = quotaSettings(own.find((q) => q.unitId === Number(unit)) ?? cycle);
      const decided = members.filter((e) => DECIDED.includes(e.state));
      const good = decided.filter((e) => e.decidedLevel === RatingLevel.GOOD).length;
      const outstanding = decided.filter((e) => e.decidedLevel === RatingLevel.OUTSTANDING).length;
      // what HR plans with: the head's proposals not yet decided, beside the decisions
      const pending = members.filter((e) => !DECIDED.includes(e.state) && e.state !== EvaluationState.NOT_RATED && e.headLevel !== null);
      const proposedGood = pending.filter((e) => e.headLevel === RatingLevel.GOOD).length;
      const proposedOutstanding = pending.filter((e) => e.headLevel === RatingLevel.OUTSTANDING).length;
      out.push({
        unitId: unit, quotaGroup, ...quota, members: members.length, good, outstanding, allowed: allowedOutstanding(good, quota.quotaPercent),
        proposedGood, proposedOutstanding, allowedIfProposed: allowedOutstanding(good + proposedGood, quota.quotaPercent),
      });
    }
    return out;
  }

  /** The officials' ratings in every cycle the caller may see, newest year first (the current one included). */
  async histories(officialIds: readonly number[]): Promise<PastRating[][]> {
    const qb = (await this.filtered({})).andWhere('e.officialId IN (:...hist)', { hist: [0, ...officialIds] })
      .innerJoin(EvaluationCycle, 'hc', 'hc.id = e.cycleId').addSelect('hc.year', 'year').orderBy('hc.year', 'DESC');
    const rows = await qb.getRawAndEntities();
    const years = new Map(rows.raw.map((r: Record<string, unknown>) => [Number(r.e_id), Number(r.year)]));
    return officialIds.map((o) => rows.entities.filter((e) => e.officialId === o).map((e) => ({
      evaluationId: String(e.id), year: years.get(e.id) ?? 0, state: e.state, decidedLevel: e.decidedLevel, position: e.position,
    })));
  }

  /** The level each leader's unit allows (confirmed, or else derived), by `cycleId|unitId`. */
  async unitBounds(keys: readonly string[]): Promise<Array<RatingLevel | null>> {
    const pairs = keys.map((k) => k.split('|').map(Number));
    const rows = await this.db.manager.createQueryBuilder(UnitRating, 'r').innerJoin(EvaluationCycle, 'bc', 'bc.year = r.year')
      .select(['r.unitId AS unitId', 'bc.id AS cycleId', 'r.confirmedLevel AS confirmedLevel', 'r.derivedLevel AS derivedLevel'])
      .where('bc.id IN (:...cycles) AND r.unitId IN (:...units)', { cycles: [0, ...pairs.map((p) => p[0])], units: [0, ...pairs.map((p) => p[1])] })
      .getRawMany<{ unitId: number; cycleId: number; confirmedLevel: RatingLevel | null; derivedLevel: RatingLevel | null }>();
    return pairs.map(([c, u]) => {
      const r = rows.find((x) => Number(x.cycleId) === c && Number(x.unitId) === u);
      return r ? r.confirmedLevel ?? r.derivedLevel : null;
    });
  }

  async listSteps(args: AllEvaluationStepsArgs) {
    const visible = await this.filtered({});
    const qb = this.db.manager.createQueryBuilder(EvaluationStep, 's').where(`s.evaluationId IN (${visible.select('e.id').getQuery()})`).setParameters(visible.getParameters());
    if (args.filter?.ids) qb.andWhere('s.id IN (:...sids)', { sids: [0, ...toIds('ids', args.filter.ids)] });
    if (args.filter?.evaluationId) qb.andWhere('s.evaluationId = :ev', { ev: toId('evaluationId', args.filter.evaluationId) });
    return qb;
  }

  /** The agency a document is issued by (the unit, under its parent) and the head who signs, as of `day`. */
  async documentParties(unitId: number, day: string): Promise<{ agency: { name: string; parentName: string | null }; headName: string | null }> {
    const unit = await requireRow(this.db.manager, Unit, 'unitId', unitId);
    const parent = unit.parentId === null ? null : await this.db.manager.findOneBy(Unit, { id: unit.parentId });
    const head = await this.db.manager.createQueryBuilder(OfficialAssignment, 'a').innerJoin(Official, 'o', 'o.id = a.officialId')
      .select('o.fullName', 'fullName').where('a.unitId = :u AND a.role = :r', { u: unit.id, r: 'HEAD' })
      .andWhere('a.validFrom <= :d AND (a.validTo IS NULL OR a.validTo >= :d)', { d: day }).orderBy('a.validFrom', 'DESC').getRawOne<{ fullName: string }>();
    return { agency: { name: unit.name, parentName: parent?.name ?? null }, headName: head?.fullName ?? null };
  }

  /** Today in Vietnam, for the date line of a document. */
  today(): string {
    return this.clock.today();
  }

  explanationOf(ev: Evaluation): string {
    return explain(currentLang(), ev.proposedLevel, JSON.parse(ev.explanation) as Reason[]);
  }

  // --- rules ---------------------------------------------------------------------------------

  /**
   * Who decides (and proposes), as the year's rulebook sets it (`decidedBy`; a category rated by
   * hand follows the defaults): for an official without a leading post, the head of their unit;
   * for a head or deputy, a leader of the level above. Nobody decides their own rating.
   */
  private async requireCompetent(m: EntityManager, ev: Evaluation): Promise<void> {
    if (this.actor.system) return;
    const unit = await requireRow(m, Unit, 'unitId', ev.unitId);
    const above = unit.parentId === null ? unit : await requireRow(m, Unit, 'unitId', unit.parentId);
    const cycle = await requireRow(m, EvaluationCycle, 'cycleId', ev.cycleId);
    const who = this.competenceFailure(ev, unit, above, cycle.year);
    if (who !== null) throw new AppError('FORBIDDEN', 'eval.notCompetent', { who });
  }

  /** null when the caller is competent for the evaluation; else who is, in the caller's language. */
  private competenceFailure(ev: Evaluation, unit: Unit, above: Unit, year: number): string | null {
    if (this.actor.system) return null;
    const lang = currentLang();
    if (ev.officialId === this.actor.officialId) return lang === 'vi' ? 'người có thẩm quyền khác (không tự quyết định cho mình)' : 'someone else (nobody decides their own rating)';
    if (competentFor(ev.isLeader, rulebookFor(year, ev.category)?.decidedBy) === 'LEVEL_ABOVE') {
      return inScope(this.actor, [Role.LEADER], above.path) ? null : lang === 'vi' ? `lãnh đạo cấp trên (${above.name})` : `the leaders of the level above (${above.name})`;
    }
    return inScope(this.actor, [Role.HEAD, Role.LEADER], unit.path) ? null : lang === 'vi' ? `người đứng đầu ${unit.name}` : `the head of ${unit.name}`;
  }

  /** A leader may not be rated above what the unit's rating allows without a written reason; that is flagged. */
  private async checkLeaderBound(m: EntityManager, ev: Evaluation, d: DecisionInput): Promise<boolean> {
    if (!ev.isLeader) return false;
    const cycle = await requireRow(m, EvaluationCycle, 'cycleId', ev.cycleId);
    const unitRating = await m.findOneBy(UnitRating, { unitId: ev.unitId, year: cycle.year });
    const bound = unitRating ? unitRating.confirmedLevel ?? unitRating.derivedLevel : null;
    if (bound === null || rank(d.level) <= rank(bound)) return false;
    if (!optionalText('aboveBoundReason', d.aboveBoundReason)) {
      throw new AppError('BAD_USER_INPUT', 'eval.aboveUnitBound', { field: 'aboveBoundReason', bound: levelLabel(currentLang(), bound) });
    }
    return true;
  }

  /**
   * Serialises every decision of one cycle, unit and quota group (row lock on MariaDB; SQLite runs
   * one writer). The row is also written: on a Galera cluster a lock holds on one node only, but
   * two decisions on different nodes then both write this row, so one loses certification (1213)
   * and is run again by Database.transaction, re-checking the quota on the state the winner left.
   */
  private async lockQuota(m: EntityManager, key: string): Promise<void> {
    const [cycleId, unitId, quotaGroup] = key.split('|');
    const qb = m.createQueryBuilder(EvaluationQuotaLock, 'l').where('l.cycleId = :c AND l.unitId = :u AND l.quotaGroup = :g', { c: Number(cycleId), u: Number(unitId), g: quotaGroup });
    if (this.db.family === 'mariadb') qb.setLock('pessimistic_write');
    const lock = await qb.getOne();
    if (lock) await m.update(EvaluationQuotaLock, lock.id, { touched: lock.touched + 1 });
  }

  /** The quota a unit follows in a cycle: its own settings, or the cycle's. */
  private async quotaOf(m: EntityManager, cycle: EvaluationCycle, unitId: number) {
    return quotaSettings((await m.findOneBy(UnitQuota, { cycleId: cycle.id, unitId })) ?? cycle);
  }

  private async checkQuota(m: EntityManager, key: string): Promise<void> {
    const [cycleId, unitId, quotaGroup] = key.split('|');
    const cycle = await requireRow(m, EvaluationCycle, 'cycleId', Number(cycleId));
    const { quotaPercent } = await this.quotaOf(m, cycle, Number(unitId));
    const decided = await m.createQueryBuilder(Evaluation, 'e')
      .where('e.cycleId = :c AND e.unitId = :u AND e.quotaGroup = :g', { c: Number(cycleId), u: Number(unitId), g: quotaGroup })
      .andWhere('e.state IN (:...s)', { s: DECIDED }).getMany();
    const good = decided.filter((e) => e.decidedLevel === RatingLevel.GOOD).length;
    const outstanding = decided.filter((e) => e.decidedLevel === RatingLevel.OUTSTANDING).length;
    const allowed = allowedOutstanding(good, quotaPercent);
    if (outstanding > allowed) {
      throw new AppError('CONFLICT', 'eval.quota', { outstanding, allowed, good, percent: quotaPercent, group: quotaGroup === 'ALL' ? (currentLang() === 'vi' ? 'toàn đơn vị' : 'whole unit') : quotaGroup, field: 'level' });
    }
  }

  /** HR does not record the facts of, or review, its own evaluation: a colleague does. */
  private requireNotOwn(ev: Evaluation): void {
    if (!this.actor.system && ev.officialId === this.actor.officialId) throw new AppError('FORBIDDEN', 'eval.ownEvaluation');
  }

  /** The day the year's work is judged on: today, or the year's last day once it is over. */
  private asOf(year: number): string {
    return this.clock.today() < `${year}-12-31` ? this.clock.today() : `${year}-12-31`;
  }

  /** The workflow table's answer (evaluation.workflow.ts); a refusal names the next step and who takes it. */
  private requireTransition(ev: Evaluation, action: EvaluationAction): void {
    if (EVALUATION_WORKFLOW[action].from.includes(ev.state)) return;
    if (ev.state === EvaluationState.NOT_RATED) throw new AppError('CONFLICT', 'eval.notRated', { value: ev.notRatedReason ?? '' });
    const next = actionsFrom(ev.state).find((a) => EVALUATION_WORKFLOW[a].to !== null && EVALUATION_WORKFLOW[a].to !== ev.state);
    const lang = currentLang();
    const label = (a: EvaluationAction) => ACTION_WORDS[a][lang];
    if (!next) throw new AppError('CONFLICT', 'eval.wrongState', { state: ev.state, action: ACTION_KEYS[action] });
    throw new AppError('CONFLICT', 'eval.wrongStateNext', { state: ev.state, action: ACTION_KEYS[action], next: label(next), who: WHO_WORDS[EVALUATION_WORKFLOW[next].who][lang] });
  }

  /**
   * What the caller may do with each evaluation now (the workflow table, the caller's roles, the
   * cycle's state). One query for the cycles and one for the units, whatever the number of rows.
   */
  /**
   * What the caller may do next with each evaluation. Units come through the request's loader (the
   * same batch as the board's unit column); the cycle is the one the list joined, else read once.
   */
  async allowedActionsOf(evaluations: readonly Evaluation[], loadUnit?: (id: number) => Promise<Unit | null>): Promise<EvaluationAction[][]> {
    if (evaluations.length === 0) return [];
    const missing = [...new Set(evaluations.filter((e) => !e.cycle).map((e) => e.cycleId))];
    const cycles = new Map<number, EvaluationCycle>(evaluations.filter((e) => e.cycle).map((e) => [e.cycleId, e.cycle!]));
    if (missing.length) for (const c of await this.db.manager.findBy(EvaluationCycle, { id: In(missing) })) cycles.set(c.id, c);
    const unitIds = [...new Set(evaluations.map((e) => e.unitId))];
    const loaded = loadUnit ? await Promise.all(unitIds.map(loadUnit)) : await this.db.manager.findBy(Unit, { id: In(unitIds) });
    const units = new Map(loaded.filter((u): u is Unit => u !== null).map((u) => [u.id, u]));
    return evaluations.map((ev) => {
      const cycle = cycles.get(ev.cycleId);
      const unit = units.get(ev.unitId);
      if (!cycle || !unit) return [];
      // the level above is known by its path alone: the unit's path less its last step
      const parentPath = unit.path.replace(/[^/]+\/$/, '');
      const above = unit.parentId === null || parentPath === '/' ? unit : ({ ...unit, id: unit.parentId, path: parentPath, name: '' } as Unit);
      return allowedActions(ev.state, cycle.state, (who) => {
        if (who === 'OWNER') return this.actor.officialId !== null && this.actor.officialId === ev.officialId;
        if (who === 'HR') return ev.officialId !== this.actor.officialId && inScope(this.actor, [Role.HR], unit.path);
        return this.competenceFailure(ev, unit, above, cycle.year) === null;
      });
    });
  }


  private async openCycleOf(m: EntityManager, ev: Evaluation): Promise<EvaluationCycle> {
    const cycle = await requireRow(m, EvaluationCycle, 'cycleId', ev.cycleId);
    if (cycle.state === CycleState.CLOSED) throw new AppError('CONFLICT', 'eval.cycleClosed');
    return cycle;
  }

  private async save(m: EntityManager, ev: Evaluation, action: string, toState: EvaluationState, level: RatingLevel | null, reason: string | null): Promise<Evaluation> {
    const from = ev.state;
    ev.state = toState;
    ev.version += 1;
    const saved = await m.save(ev);
    await this.step(m, ev, action, from, toState, level, reason);
    return saved;
  }

  private async step(m: EntityManager, ev: Evaluation, action: string, fromState: EvaluationState | null, toState: EvaluationState, level: RatingLevel | null, reason: string | null) {
    const inserted = await m.insert(EvaluationStep, { evaluationId: ev.id, at: this.clock.now(), accountId: this.actor.accountId, action, fromState, toState, level, reason });
    noteHistory(m, 'evaluation_step', inserted.identifiers.map((i) => i.id));
  }

  /** An official sees their own evaluation only; heads, HR and leaders those of their scope. */
  private async filtered(filter: EvaluationFilter = {}) {
    const qb = this.db.manager.createQueryBuilder(Evaluation, 'e');
    const scope = unitsInScope(this.actor, READERS, 'e.unitId', 'es');
    if (scope) {
      const own = this.actor.officialId !== null && this.actor.grants.length > 0;
      qb.andWhere(own ? `(${scope.sql} OR e.officialId = :me)` : scope.sql, { ...scope.params, me: this.actor.officialId });
    }
    if (filter.ids) qb.andWhere('e.id IN (:...ids)', { ids: [0, ...toIds('ids', filter.ids)] });
    if (filter.cycleId) qb.andWhere('e.cycleId = :cycle', { cycle: toId('cycleId', filter.cycleId) });
    if (filter.officialId) qb.andWhere('e.officialId = :official', { official: toId('officialId', filter.officialId) });
    if (filter.state) qb.andWhere('e.state = :state', { state: filter.state });
    if (filter.quotaGroup) qb.andWhere('e.quotaGroup = :qg', { qg: filter.quotaGroup });
    if (filter.unitId) {
      const unit = await requireRow(this.db.manager, Unit, 'unitId', toId('unitId', filter.unitId));
      qb.andWhere('e.unitId IN (SELECT fu.id FROM unit fu WHERE fu.path LIKE :fup)', { fup: `${unit.path}%` });
    }
    return qb;
  }

  private scoped(qb: ReturnType<EntityManager['createQueryBuilder']>, column: string, roles: Role[], withAncestors = true): void {
    if (this.actor.system) return;
    const paths = this.actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitPath);
    if (paths.length === 0) {
      qb.andWhere('1 = 0');
      return;
    }
    // a cycle is visible to those whose scope overlaps it: inside it, or containing it
    const prefixes = withAncestors ? [...new Set(paths.flatMap(ancestry))] : [''];
    const clauses = paths.map((_, i) => `su.path LIKE :sp${i}`);
    qb.andWhere(`${column} IN (SELECT su.id FROM unit su WHERE ${clauses.join(' OR ')} OR su.path IN (:...prefixes))`, { ...Object.fromEntries(paths.map((p, i) => [`sp${i}`, `${p}%`])), prefixes });
  }
}
