import { registerEnumType } from 'type-graphql';
import { AppError } from '../../errors.js';
import { CycleState, EvaluationState } from './evaluation.entity.js';

/**
 * The evaluation's workflow as one table (after Vendure's order state machine): each action, the
 * states it may be taken from, the state it leads to, and who takes it. The service asks the
 * table before every step; `allowedActions` on an evaluation tells the panel what the reader may
 * do now, so the panel repeats none of it.
 *
 * Who: OWNER, the official rated; HR, the personnel office over the unit (never on its own
 * evaluation); COMPETENT, the person who proposes and decides under the year's rulebook (the
 * unit's head for its officials, a leader of the level above for heads and deputies; nobody for
 * themselves).
 */
export enum EvaluationAction {
  SELF_ASSESS = 'SELF_ASSESS',
  UPDATE_FACTS = 'UPDATE_FACTS',
  PROPOSE = 'PROPOSE',
  REVIEW = 'REVIEW',
  DECIDE = 'DECIDE',
  REOPEN = 'REOPEN',
}
registerEnumType(EvaluationAction, { name: 'EvaluationAction', description: 'A step of the evaluation workflow' });

export type Actor = 'OWNER' | 'HR' | 'COMPETENT';

export interface Transition<S extends string> {
  from: readonly S[];
  /** null: the state stays as it is */
  to: S | null;
  who: Actor;
}

const { NOT_RATED, OPEN, SELF_ASSESSED, PROPOSED, REVIEWED, DECIDED } = EvaluationState;

export const EVALUATION_WORKFLOW: Record<EvaluationAction, Transition<EvaluationState>> = {
  SELF_ASSESS: { from: [OPEN, SELF_ASSESSED], to: SELF_ASSESSED, who: 'OWNER' },
  UPDATE_FACTS: { from: [NOT_RATED, OPEN, SELF_ASSESSED, PROPOSED, REVIEWED], to: null, who: 'HR' },
  PROPOSE: { from: [OPEN, SELF_ASSESSED, PROPOSED, REVIEWED], to: PROPOSED, who: 'COMPETENT' },
  REVIEW: { from: [PROPOSED], to: REVIEWED, who: 'HR' },
  DECIDE: { from: [REVIEWED], to: DECIDED, who: 'COMPETENT' },
  REOPEN: { from: [DECIDED], to: REVIEWED, who: 'COMPETENT' },
};

/** The cycle's own workflow: open until HR publishes, then closed for good. */
export enum CycleAction { REFRESH = 'REFRESH', SET_QUOTA = 'SET_QUOTA', PUBLISH = 'PUBLISH' }
export const CYCLE_WORKFLOW: Record<CycleAction, Transition<CycleState>> = {
  REFRESH: { from: [CycleState.OPEN], to: null, who: 'HR' },
  SET_QUOTA: { from: [CycleState.OPEN], to: null, who: 'HR' },
  PUBLISH: { from: [CycleState.OPEN], to: CycleState.CLOSED, who: 'HR' },
};

/** The service's check before a cycle action: a closed (published) cycle takes none. */
export function requireCycleAction(cycle: { state: CycleState }, action: CycleAction): void {
  if (!CYCLE_WORKFLOW[action].from.includes(cycle.state)) throw new AppError('CONFLICT', 'eval.cycleClosed');
}

/** The actions whose table row allows `state`, in the table's order. */
export function actionsFrom(state: EvaluationState): EvaluationAction[] {
  return (Object.keys(EVALUATION_WORKFLOW) as EvaluationAction[]).filter((a) => EVALUATION_WORKFLOW[a].from.includes(state));
}

/** What the reader may do now: the actions the state allows whose actor the reader is, while the cycle is open. */
export function allowedActions(state: EvaluationState, cycleState: CycleState, is: (who: Actor) => boolean): EvaluationAction[] {
  if (cycleState === CycleState.CLOSED) return [];
  return actionsFrom(state).filter((a) => is(EVALUATION_WORKFLOW[a].who));
}
