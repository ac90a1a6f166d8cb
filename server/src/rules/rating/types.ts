/**
 * The yearly rating of officials, as data plus pure functions. A rulebook is chosen by the year
 * and the official's category; a category without one is rated by hand with its legal basis.
 * Figures are integers (task weights, counts, hundredths of points) so that every boundary of the
 * texts is exact.
 */
import type { RatingLevel } from './levels.js';
import type { NotCompleteCase } from './parameters.js';
import type { YearKpi } from './unit-kpi.js';

export { LEVEL_ORDER, lowerOf, rankOf, type RatingLevel } from './levels.js';

/** One task of the year as the evaluation sees it. */
export interface TaskFact {
  weight: number;
  done: boolean;
  onTime: boolean;
  /** deadline passed while still open */
  overdue: boolean;
  /** quarter of the year the task belongs to (1–4), for rulebooks that score by period */
  period?: number;
  /** failed quality checks (returns) that count: those the assigner did not mark as due to an objective cause */
  returns: number;
  exceeded: boolean;
  /**
   * Delays counted against progress: each deadline missed, counting a deadline extended after it
   * had passed, and finishing (or still being open) after the deadline it is judged by.
   */
  delays: number;
  /** returns the assigner marked as due to an objective cause: shown, not deducted */
  excusedReturns?: number;
  /** the deadline was extended for an objective cause by a competent person: judged by the new one */
  excusedExtension?: boolean;
}

/** What the unit led by a head or deputy achieved, and how the units under it were rated. */
export interface UnitFacts {
  tasks: TaskFact[];
  subunitRatings: RatingLevel[];
  /** the unit's public-service index for the year, when published (see unit-kpi.ts) */
  kpi?: YearKpi | null;
}

export interface RatingInput {
  year: number;
  category: 'CAN_BO' | 'CONG_CHUC' | 'VIEN_CHUC';
  isLeader: boolean;
  monthsWorked: number;
  monthsAbsent: number;
  maternityLeave: boolean;
  /** a disciplinary measure in the year (Decree 335: reprimand or above for a public-duty violation) */
  disciplined: boolean;
  /** Decree 335's other recorded "not complete" cases, besides discipline and the points */
  cases?: NotCompleteCase[];
  tasks: TaskFact[];
  unit?: UnitFacts;
  /** Decree 335: general criteria, entered by the head, in hundredths (0–3000) */
  generalPoints?: number;
  /** Decree 335, a leader: organising and directing, marked by the level above, in % (0–100) */
  directingPercent?: number;
}

/** A reason in words, as a message key and its numbers; the server writes it in the user's language. */
export interface Reason {
  key: string;
  params?: Record<string, number | string>;
}

export interface Proposal {
  /** null: the person is not rated, or the text gives no level and people decide */
  level: RatingLevel | null;
  notRated?: boolean;
  /** Decree 335 only: points out of 100, in hundredths */
  points?: number;
  reasons: Reason[];
}

/**
 * Who decides (and proposes) a rating: the head of the official's own unit, or a leader of the
 * level above it. Nobody decides their own rating, whatever the setting.
 */
export type Competent = 'UNIT_HEAD' | 'LEVEL_ABOVE';
export interface DecisionSettings {
  /** for an official without a leading post */
  official: Competent;
  /** for a head or deputy */
  leader: Competent;
}
/** Decree 90/2020 art. 20 and Decree 335/2025: the head of the agency for its officials; the level above for its heads and deputies. */
export const DECISION_DEFAULTS: DecisionSettings = { official: 'UNIT_HEAD', leader: 'LEVEL_ABOVE' };

export function competentFor(isLeader: boolean, settings: DecisionSettings = DECISION_DEFAULTS): Competent {
  return isLeader ? settings.leader : settings.official;
}

export interface Rulebook {
  id: string;
  basis: string;
  /** who decides under this rulebook */
  decidedBy: DecisionSettings;
  /** the general criteria's points (hundredths), or null where the rulebook marks none */
  generalMax: number | null;
  /** whether a leader is also marked on organising and directing (Decree 335) */
  directingCriterion: boolean;
  propose(input: RatingInput): Proposal;
  /** A unit's own level from its results (null: the text gives none, people decide), with the reasons. */
  unitLevel(unit: UnitFacts, reasons: Reason[]): RatingLevel | null;
}

/**
 * Months that count as worked: the calendar months in post (calendar.ts), less absences other
 * than maternity leave. Under 6 of them (parameters.ts, MIN_MONTHS), a person is not rated.
 */
export function monthsCounted(input: Pick<RatingInput, 'monthsWorked' | 'monthsAbsent' | 'maternityLeave'>): number {
  return input.maternityLeave ? input.monthsWorked : Math.max(0, input.monthsWorked - input.monthsAbsent);
}

export function weightOf(tasks: TaskFact[], keep: (t: TaskFact) => boolean = () => true): number {
  return tasks.filter(keep).reduce((s, t) => s + t.weight, 0);
}
