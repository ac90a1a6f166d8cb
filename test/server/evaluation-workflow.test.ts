import { describe, expect, it } from 'vitest';
import { CycleState, EvaluationState } from '../../server/src/modules/evaluation/evaluation.entity.js';
import {
  CYCLE_WORKFLOW, CycleAction, EVALUATION_WORKFLOW, EvaluationAction, allowedActions, requireCycleAction, type Actor,
} from '../../server/src/modules/evaluation/evaluation.workflow.js';

const STATES = Object.values(EvaluationState);
const everyone = () => true;
const only = (who: Actor) => (w: Actor) => w === who;

describe('the evaluation workflow table', () => {
  it('allows each action from exactly these states (every action × every state)', () => {
    const table = Object.fromEntries(Object.values(EvaluationAction).map((a) => [a, STATES.filter((s) => allowedActions(s, CycleState.OPEN, everyone).includes(a))]));
    expect(table).toEqual({
      SELF_ASSESS: ['OPEN', 'SELF_ASSESSED'],
      UPDATE_FACTS: ['NOT_RATED', 'OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED'],
      PROPOSE: ['OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED'],
      REVIEW: ['PROPOSED'],
      DECIDE: ['REVIEWED'],
      REOPEN: ['DECIDED'],
    });
  });
  it('leads to these states, taken by these people', () => {
    expect(Object.fromEntries(Object.entries(EVALUATION_WORKFLOW).map(([a, t]) => [a, `${t.to ?? '='} by ${t.who}`]))).toEqual({
      SELF_ASSESS: 'SELF_ASSESSED by OWNER', UPDATE_FACTS: '= by HR', PROPOSE: 'PROPOSED by COMPETENT', REVIEW: 'REVIEWED by HR', DECIDE: 'DECIDED by COMPETENT', REOPEN: 'REVIEWED by COMPETENT',
    });
  });
  it('gives each person only their own steps, and nobody anything once the cycle is closed or the rating published', () => {
    expect(allowedActions(EvaluationState.OPEN, CycleState.OPEN, only('OWNER'))).toEqual(['SELF_ASSESS']);
    expect(allowedActions(EvaluationState.PROPOSED, CycleState.OPEN, only('HR'))).toEqual(['UPDATE_FACTS', 'REVIEW']);
    expect(allowedActions(EvaluationState.REVIEWED, CycleState.OPEN, only('COMPETENT'))).toEqual(['PROPOSE', 'DECIDE']);
    expect(allowedActions(EvaluationState.PUBLISHED, CycleState.OPEN, everyone)).toEqual([]);
    expect(allowedActions(EvaluationState.REVIEWED, CycleState.CLOSED, everyone)).toEqual([]);
  });
});

describe('the cycle\'s workflow', () => {
  it('has two states, both entered: open when HR opens it, closed when HR publishes', () => {
    expect(Object.values(CycleState).sort()).toEqual(['CLOSED', 'OPEN']);
    expect(CYCLE_WORKFLOW.PUBLISH).toEqual({ from: ['OPEN'], to: 'CLOSED', who: 'HR' });
  });

  it('takes every action while open and none once published, with the code the API answers', () => {
    for (const action of Object.values(CycleAction)) {
      expect(() => requireCycleAction({ state: CycleState.OPEN }, action)).not.toThrow();
      expect(() => requireCycleAction({ state: CycleState.CLOSED }, action)).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: 'eval.cycleClosed' }));
    }
  });
});
