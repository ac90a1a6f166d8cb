import { gql } from '@apollo/client';
import type { Identifier, RaRecord } from 'react-admin';

/** One decision of a batch: the level chosen for an evaluation, with its reasons. */
export interface RatingDecision {
  evaluationId: Identifier;
  level: string;
  reason?: string | null;
  aboveBoundReason?: string | null;
}

export interface FileContent {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The yearly evaluation's workflow and exports (not CRUD). */
export interface EvaluationMethods {
  selfAssessEvaluation(params: { id: Identifier; text: string; level?: string | null }): Promise<{ data: RaRecord }>;
  proposeRating(params: { id: Identifier; level: string; comment?: string | null; generalPoints?: string | number | null }): Promise<{ data: RaRecord }>;
  reviewRating(params: { id: Identifier; comment?: string | null }): Promise<{ data: RaRecord }>;
  decideRating(params: { id: Identifier; level: string; reason?: string | null; aboveBoundReason?: string | null }): Promise<{ data: RaRecord }>;
  /** One transaction: the quota is checked after all of them, whatever the order they were chosen in. */
  decideRatings(params: { decisions: RatingDecision[] }): Promise<{ data: RaRecord[] }>;
  reopenRating(params: { id: Identifier; reason: string }): Promise<{ data: RaRecord }>;
  publishEvaluationCycle(params: { id: Identifier }): Promise<{ data: RaRecord }>;
  evaluationExport(params: { cycleId: Identifier; unitId?: Identifier | null }): Promise<{ data: FileContent }>;
  /** The print-ready form, as an HTML document. */
  evaluationForm(params: { id: Identifier }): Promise<{ data: string }>;
}

const AFTER = `id version state selfLevel selfAssessment headLevel headComment hrComment decidedLevel decisionReason aboveUnitBound secondNotComplete`;

const SELF_ASSESS = gql`mutation selfAssessEvaluation($id: ID!, $text: String!, $level: RatingLevel) { selfAssessEvaluation(id: $id, text: $text, level: $level) { ${AFTER} } }`;
const PROPOSE = gql`mutation proposeRating($id: ID!, $level: RatingLevel!, $comment: String, $generalPoints: Decimal2) { proposeRating(id: $id, level: $level, comment: $comment, generalPoints: $generalPoints) { ${AFTER} } }`;
const REVIEW = gql`mutation reviewRating($id: ID!, $comment: String) { reviewRating(id: $id, comment: $comment) { ${AFTER} } }`;
const DECIDE = gql`mutation decideRating($id: ID!, $level: RatingLevel!, $reason: String, $aboveBoundReason: String) { decideRating(id: $id, level: $level, reason: $reason, aboveBoundReason: $aboveBoundReason) { ${AFTER} } }`;
const DECIDE_MANY = gql`mutation decideRatings($decisions: [DecisionInput!]!) { decideRatings(decisions: $decisions) { ${AFTER} } }`;
const REOPEN = gql`mutation reopenRating($id: ID!, $reason: String!) { reopenRating(id: $id, reason: $reason) { ${AFTER} } }`;
const PUBLISH = gql`mutation publishEvaluationCycle($id: ID!) { publishEvaluationCycle(id: $id) { id state } }`;
const EXPORT = gql`query evaluationExport($cycleId: ID!, $unitId: ID) { evaluationExport(cycleId: $cycleId, unitId: $unitId) { fileName mimeType base64 } }`;
const FORM = gql`query evaluationForm($id: ID!) { evaluationForm(id: $id) }`;

type Run = <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation?: boolean) => Promise<T>;
type Mapped = <T>(call: () => Promise<T>) => Promise<T>;

const text = (value: string | null | undefined) => (value && value.trim() ? value : null);

/** The evaluation methods over the provider's query runner and error mapping. */
export function evaluationMethods(run: Run, mapped: Mapped): EvaluationMethods {
  const one = <K extends string>(doc: ReturnType<typeof gql>, key: K, variables: Record<string, unknown>, mutation = true) =>
    mapped(async () => ({ data: (await run<Record<K, never>>(doc, variables, mutation))[key] }));
  return {
    selfAssessEvaluation: ({ id, text: t, level }) => one(SELF_ASSESS, 'selfAssessEvaluation', { id, text: t, level: level || null }),
    proposeRating: ({ id, level, comment, generalPoints }) =>
      one(PROPOSE, 'proposeRating', { id, level, comment: text(comment), generalPoints: generalPoints === '' || generalPoints === undefined ? null : generalPoints }),
    reviewRating: ({ id, comment }) => one(REVIEW, 'reviewRating', { id, comment: text(comment) }),
    decideRating: ({ id, level, reason, aboveBoundReason }) => one(DECIDE, 'decideRating', { id, level, reason: text(reason), aboveBoundReason: text(aboveBoundReason) }),
    decideRatings: ({ decisions }) =>
      one(DECIDE_MANY, 'decideRatings', {
        decisions: decisions.map((d) => ({ evaluationId: d.evaluationId, level: d.level, reason: text(d.reason), aboveBoundReason: text(d.aboveBoundReason) })),
      }),
    reopenRating: ({ id, reason }) => one(REOPEN, 'reopenRating', { id, reason }),
    publishEvaluationCycle: ({ id }) => one(PUBLISH, 'publishEvaluationCycle', { id }),
    evaluationExport: ({ cycleId, unitId }) => one(EXPORT, 'evaluationExport', { cycleId, unitId: unitId || null }, false),
    evaluationForm: ({ id }) => one(FORM, 'evaluationForm', { id }, false),
  };
}
