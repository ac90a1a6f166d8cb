import { gql } from '@apollo/client';
import type { Identifier, RaRecord } from 'react-admin';

/** One decision of a batch: the level chosen for an evaluation, with its reasons. */
export interface RatingDecision {
  evaluationId: Identifier;
  level: string;
  reason?: string | null;
  aboveBoundReason?: string | null;
  /** for a category rated by hand whose legal basis HR has not recorded */
  legalBasis?: string | null;
}

/** One unit and quota group of a cycle, counted by the server. */
export interface QuotaStatus {
  unitId: string;
  quotaGroup: string;
  quotaPercent: number;
  quotaDecision: string | null;
  quotaByDutyGroup: boolean;
  /** Evaluations in the group, decided or not. */
  members: number;
  good: number;
  outstanding: number;
  allowed: number;
  /** Proposed by the head, not yet decided, and what the group would allow if they were decided. */
  proposedGood: number;
  proposedOutstanding: number;
  allowedIfProposed: number;
}

/** The facts HR records that the tasks do not show. */
export interface EvaluationFacts {
  monthsAbsent?: number | null;
  maternityLeave?: boolean | null;
  disciplined?: boolean | null;
  quotaGroup?: string | null;
  legalBasis?: string | null;
  ideologyDegradation?: boolean | null;
  unitCorruption?: boolean | null;
  notCompleteBasis?: string | null;
}

/** A unit's own rating of a year, with the unit's name and parent for the competence check. */
export interface UnitRatingRow {
  id: string;
  unitId: string;
  year: number;
  unit: { id: string; name: string; parentId: string | null };
  derivedLevel: string | null;
  derivationText: string;
  confirmedLevel: string | null;
  confirmedAt: string | null;
  evidence: string;
}

export interface FileContent {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The yearly evaluation's workflow and exports (not CRUD). */
export interface EvaluationMethods {
  selfAssessEvaluation(params: { id: Identifier; text: string; level?: string | null }): Promise<{ data: RaRecord }>;
  proposeRating(params: { id: Identifier; level: string; comment?: string | null; generalPoints?: string | number | null; directingPercent?: number | null }): Promise<{ data: RaRecord }>;
  reviewRating(params: { id: Identifier; comment?: string | null }): Promise<{ data: RaRecord }>;
  decideRating(params: { id: Identifier; level: string; reason?: string | null; aboveBoundReason?: string | null; legalBasis?: string | null }): Promise<{ data: RaRecord }>;
  /** One transaction: the quota is checked after all of them, whatever the order they were chosen in. */
  decideRatings(params: { decisions: RatingDecision[] }): Promise<{ data: RaRecord[] }>;
  reopenRating(params: { id: Identifier; reason: string }): Promise<{ data: RaRecord }>;
  publishEvaluationCycle(params: { id: Identifier }): Promise<{ data: RaRecord }>;
  /** HR brings the proposals not yet decided up to date with the tracked work. */
  refreshEvaluationCycle(params: { id: Identifier }): Promise<{ data: RaRecord }>;
  evaluationExport(params: { cycleId: Identifier; unitId?: Identifier | null }): Promise<{ data: FileContent }>;
  /** The print-ready form, as an HTML document. */
  evaluationForm(params: { id: Identifier }): Promise<{ data: string }>;
  /** The quota meters of a cycle (of one unit and those under it when given), as the server counts them. */
  evaluationQuotas(params: { cycleId: Identifier; unitId?: Identifier | null }): Promise<{ data: QuotaStatus[] }>;
  /** HR sets a unit's outstanding ratio (above 20 by a recorded decision) and its quota groups. */
  setUnitQuota(params: { cycleId: Identifier; unitId: Identifier; quotaPercent: number; quotaDecision?: string | null; quotaByDutyGroup?: boolean | null }): Promise<{ data: RaRecord }>;
  /** HR records leave, discipline, the quota group and the legal basis; the server recomputes the proposal. */
  updateEvaluationFacts(params: { id: Identifier } & EvaluationFacts): Promise<{ data: RaRecord }>;
  unitRatings(params: { year: number; unitId?: Identifier | null }): Promise<{ data: UnitRatingRow[] }>;
  /** The level above confirms (or corrects) a unit's own rating. */
  confirmUnitRating(params: { unitId: Identifier; year: number; level: string }): Promise<{ data: UnitRatingRow }>;
}

const AFTER = `id version state allowedActions selfLevel selfAssessment headLevel headComment hrComment decidedLevel decisionReason aboveUnitBound secondNotComplete legalBasis`;

const SELF_ASSESS = gql`mutation selfAssessEvaluation($id: ID!, $text: String!, $level: RatingLevel) { selfAssessEvaluation(id: $id, text: $text, level: $level) { ${AFTER} } }`;
const PROPOSE = gql`mutation proposeRating($id: ID!, $level: RatingLevel!, $comment: String, $generalPoints: Decimal2, $directingPercent: Int) {
  proposeRating(id: $id, level: $level, comment: $comment, generalPoints: $generalPoints, directingPercent: $directingPercent) { ${AFTER} }
}`;
const REVIEW = gql`mutation reviewRating($id: ID!, $comment: String) { reviewRating(id: $id, comment: $comment) { ${AFTER} } }`;
const DECIDE = gql`mutation decideRating($id: ID!, $level: RatingLevel!, $reason: String, $aboveBoundReason: String, $legalBasis: String) {
  decideRating(id: $id, level: $level, reason: $reason, aboveBoundReason: $aboveBoundReason, legalBasis: $legalBasis) { ${AFTER} }
}`;
const DECIDE_MANY = gql`mutation decideRatings($decisions: [DecisionInput!]!) { decideRatings(decisions: $decisions) { ${AFTER} } }`;
const REOPEN = gql`mutation reopenRating($id: ID!, $reason: String!) { reopenRating(id: $id, reason: $reason) { ${AFTER} } }`;
const PUBLISH = gql`mutation publishEvaluationCycle($id: ID!) { publishEvaluationCycle(id: $id) { id state } }`;
const REFRESH = gql`mutation refreshEvaluationCycle($id: ID!) { refreshEvaluationCycle(id: $id) { id state } }`;
const EXPORT = gql`query evaluationExport($cycleId: ID!, $unitId: ID) { evaluationExport(cycleId: $cycleId, unitId: $unitId) { fileName mimeType base64 } }`;
const FORM = gql`query evaluationForm($id: ID!) { evaluationForm(id: $id) }`;
const QUOTAS = gql`query evaluationQuotas($cycleId: ID!, $unitId: ID) {
  evaluationQuotas(cycleId: $cycleId, unitId: $unitId) { unitId quotaGroup quotaPercent quotaDecision quotaByDutyGroup members good outstanding allowed proposedGood proposedOutstanding allowedIfProposed }
}`;
const SET_QUOTA = gql`mutation setUnitQuota($cycleId: ID!, $unitId: ID!, $quotaPercent: Int!, $quotaDecision: String, $quotaByDutyGroup: Boolean) {
  setUnitQuota(cycleId: $cycleId, unitId: $unitId, quotaPercent: $quotaPercent, quotaDecision: $quotaDecision, quotaByDutyGroup: $quotaByDutyGroup) {
    id cycleId unitId quotaPercent quotaDecision quotaByDutyGroup setAt
  }
}`;
const UPDATE_FACTS = gql`mutation updateEvaluation($id: ID!, $monthsAbsent: Int, $maternityLeave: Boolean, $disciplined: Boolean, $quotaGroup: String, $legalBasis: String,
  $ideologyDegradation: Boolean, $unitCorruption: Boolean, $notCompleteBasis: String) {
  updateEvaluation(id: $id, monthsAbsent: $monthsAbsent, maternityLeave: $maternityLeave, disciplined: $disciplined, quotaGroup: $quotaGroup, legalBasis: $legalBasis,
    ideologyDegradation: $ideologyDegradation, unitCorruption: $unitCorruption, notCompleteBasis: $notCompleteBasis) {
    ${AFTER} monthsAbsent maternityLeave disciplined ideologyDegradation unitCorruption notCompleteBasis quotaGroup legalBasis proposedLevel proposedPoints proposalText evidence notRatedReason
  }
}`;
const UNIT_RATING = `id unitId year unit { id name parentId } derivedLevel derivationText confirmedLevel confirmedAt evidence`;
const UNIT_RATINGS = gql`query allUnitRatings($filter: UnitRatingFilter) { allUnitRatings(filter: $filter, perPage: 1000) { ${UNIT_RATING} } }`;
const CONFIRM_UNIT = gql`mutation confirmUnitRating($unitId: ID!, $year: Int!, $level: RatingLevel!) { confirmUnitRating(unitId: $unitId, year: $year, level: $level) { ${UNIT_RATING} } }`;

type Run = <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation?: boolean) => Promise<T>;
type Mapped = <T>(call: () => Promise<T>) => Promise<T>;

const text = (value: string | null | undefined) => (value && value.trim() ? value : null);

/** The evaluation methods over the provider's query runner and error mapping. */
export function evaluationMethods(run: Run, mapped: Mapped): EvaluationMethods {
  const one = <K extends string>(doc: ReturnType<typeof gql>, key: K, variables: Record<string, unknown>, mutation = true) =>
    mapped(async () => ({ data: (await run<Record<K, never>>(doc, variables, mutation))[key] }));
  return {
    selfAssessEvaluation: ({ id, text: t, level }) => one(SELF_ASSESS, 'selfAssessEvaluation', { id, text: t, level: level || null }),
    proposeRating: ({ id, level, comment, generalPoints, directingPercent }) =>
      one(PROPOSE, 'proposeRating', {
        id, level, comment: text(comment), generalPoints: generalPoints === '' || generalPoints === undefined ? null : generalPoints,
        directingPercent: directingPercent === undefined || directingPercent === null || Number.isNaN(directingPercent) ? null : directingPercent,
      }),
    reviewRating: ({ id, comment }) => one(REVIEW, 'reviewRating', { id, comment: text(comment) }),
    decideRating: ({ id, level, reason, aboveBoundReason, legalBasis }) =>
      one(DECIDE, 'decideRating', { id, level, reason: text(reason), aboveBoundReason: text(aboveBoundReason), legalBasis: text(legalBasis) }),
    decideRatings: ({ decisions }) =>
      one(DECIDE_MANY, 'decideRatings', {
        decisions: decisions.map((d) => ({
          evaluationId: d.evaluationId, level: d.level, reason: text(d.reason), aboveBoundReason: text(d.aboveBoundReason), legalBasis: text(d.legalBasis),
        })),
      }),
    reopenRating: ({ id, reason }) => one(REOPEN, 'reopenRating', { id, reason }),
    publishEvaluationCycle: ({ id }) => one(PUBLISH, 'publishEvaluationCycle', { id }),
    refreshEvaluationCycle: ({ id }) => one(REFRESH, 'refreshEvaluationCycle', { id }),
    evaluationExport: ({ cycleId, unitId }) => one(EXPORT, 'evaluationExport', { cycleId, unitId: unitId || null }, false),
    evaluationForm: ({ id }) => one(FORM, 'evaluationForm', { id }, false),
    evaluationQuotas: ({ cycleId, unitId }) => one(QUOTAS, 'evaluationQuotas', { cycleId, unitId: unitId || null }, false),
    setUnitQuota: ({ cycleId, unitId, quotaPercent, quotaDecision, quotaByDutyGroup }) =>
      one(SET_QUOTA, 'setUnitQuota', { cycleId, unitId, quotaPercent: Number(quotaPercent), quotaDecision: text(quotaDecision), quotaByDutyGroup: quotaByDutyGroup ?? null }),
    updateEvaluationFacts: ({ id, monthsAbsent, maternityLeave, disciplined, quotaGroup, legalBasis, ideologyDegradation, unitCorruption, notCompleteBasis }) =>
      one(UPDATE_FACTS, 'updateEvaluation', {
        id,
        monthsAbsent: monthsAbsent === undefined || monthsAbsent === null || (monthsAbsent as unknown) === '' ? null : Number(monthsAbsent),
        maternityLeave: maternityLeave ?? null,
        disciplined: disciplined ?? null,
        quotaGroup: text(quotaGroup),
        // "" clears the legal basis; undefined leaves it as it is
        legalBasis: legalBasis === undefined ? undefined : (legalBasis ?? ''),
        ideologyDegradation: ideologyDegradation ?? null,
        unitCorruption: unitCorruption ?? null,
        notCompleteBasis: notCompleteBasis === undefined ? undefined : (notCompleteBasis ?? ''),
      }),
    unitRatings: ({ year, unitId }) => one(UNIT_RATINGS, 'allUnitRatings', { filter: { year, unitId: unitId || undefined } }, false),
    confirmUnitRating: ({ unitId, year, level }) => one(CONFIRM_UNIT, 'confirmUnitRating', { unitId, year, level }),
  };
}
