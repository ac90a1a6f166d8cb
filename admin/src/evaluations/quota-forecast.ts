import type { QuotaStatus } from '../providers/evaluation-methods.js';

/** A decision about to be made: whose evaluation (its unit and quota group) and at which level. */
export interface PlannedDecision {
  unitId: string;
  quotaGroup: string;
  level: string;
}

/** A quota group that the planned decisions would take over its outstanding quota. */
export interface QuotaOverrun {
  unitId: string;
  quotaGroup: string;
  /** Outstanding and good once the planned decisions are made, and what the ratio then allows. */
  outstanding: number;
  good: number;
  allowed: number;
  percent: number;
}

/**
 * What the server will check when the decisions are made (evaluation.service's checkQuota): per
 * unit and quota group, "outstanding" at most floor(percent × good / 100), counting the decided
 * ratings (the meters) plus the planned ones. Evaluations being decided are not yet counted by
 * the meters (only reviewed ones can be decided), so the planned levels simply add. A warning,
 * shown before the user submits; the server's check under its lock stays the rule.
 */
export function quotaOverruns(statuses: readonly QuotaStatus[], planned: readonly PlannedDecision[]): QuotaOverrun[] {
  const byGroup = new Map<string, { outstanding: number; good: number }>();
  for (const p of planned) {
    const key = `${p.unitId}|${p.quotaGroup}`;
    const counts = byGroup.get(key) ?? { outstanding: 0, good: 0 };
    if (p.level === 'OUTSTANDING') counts.outstanding += 1;
    if (p.level === 'GOOD') counts.good += 1;
    byGroup.set(key, counts);
  }
  const overruns: QuotaOverrun[] = [];
  for (const [key, add] of byGroup) {
    if (add.outstanding === 0) continue;
    const [unitId, quotaGroup] = key.split('|');
    const status = statuses.find((s) => String(s.unitId) === unitId && s.quotaGroup === quotaGroup);
    if (!status) continue;
    const outstanding = status.outstanding + add.outstanding;
    const good = status.good + add.good;
    const allowed = Math.floor((good * status.quotaPercent) / 100);
    if (outstanding > allowed) overruns.push({ unitId, quotaGroup, outstanding, good, allowed, percent: status.quotaPercent });
  }
  return overruns;
}
