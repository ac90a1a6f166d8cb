import { describe, expect, it } from 'vitest';
import { quotaOverruns } from '../../admin/src/evaluations/quota-forecast.js';
import type { QuotaStatus } from '../../admin/src/providers/evaluation-methods.js';

// The panel's warning before a decision: the figures are worked by hand from the rule
// "outstanding at most floor(percent × good / 100)" (Decree 90/2020, Decree 335/2025).
const status = (over: Partial<QuotaStatus>): QuotaStatus => ({
  unitId: '7', quotaGroup: 'ALL', quotaPercent: 20, quotaDecision: null, quotaByDutyGroup: false, members: 10, good: 0, outstanding: 0, allowed: 0,
  allowedIfProposed: 0, ...over,
} as QuotaStatus);

describe('the outstanding quota, forecast before a decision', () => {
  it('two good and one outstanding in a group with nothing decided: 20% of 2 allows none', () => {
    const planned = [{ unitId: '7', quotaGroup: 'ALL', level: 'GOOD' }, { unitId: '7', quotaGroup: 'ALL', level: 'GOOD' }, { unitId: '7', quotaGroup: 'ALL', level: 'OUTSTANDING' }];
    expect(quotaOverruns([status({})], planned)).toEqual([{ unitId: '7', quotaGroup: 'ALL', outstanding: 1, good: 2, allowed: 0, percent: 20 }]);
  });

  it('four good decided and one more planned: 20% of 5 allows the one outstanding', () => {
    const planned = [{ unitId: '7', quotaGroup: 'ALL', level: 'OUTSTANDING' }, { unitId: '7', quotaGroup: 'ALL', level: 'GOOD' }];
    expect(quotaOverruns([status({ good: 4 })], planned)).toEqual([]);
  });

  it('nine good and one outstanding decided: a second outstanding is over (20% of 9 is 1,8)', () => {
    expect(quotaOverruns([status({ good: 9, outstanding: 1 })], [{ unitId: '7', quotaGroup: 'ALL', level: 'OUTSTANDING' }]))
      .toEqual([{ unitId: '7', quotaGroup: 'ALL', outstanding: 2, good: 9, allowed: 1, percent: 20 }]);
  });

  it('a ratio raised by decision to 30%: seven good allow two', () => {
    expect(quotaOverruns([status({ good: 7, outstanding: 1, quotaPercent: 30 })], [{ unitId: '7', quotaGroup: 'ALL', level: 'OUTSTANDING' }])).toEqual([]);
  });

  it('counts each duty group on its own, and says nothing when no outstanding is planned', () => {
    const statuses = [status({ quotaGroup: 'JUSTICE', good: 5 }), status({ quotaGroup: 'CADASTRAL', good: 1 })];
    const planned = [{ unitId: '7', quotaGroup: 'JUSTICE', level: 'OUTSTANDING' }, { unitId: '7', quotaGroup: 'CADASTRAL', level: 'OUTSTANDING' }];
    expect(quotaOverruns(statuses, planned)).toEqual([{ unitId: '7', quotaGroup: 'CADASTRAL', outstanding: 1, good: 1, allowed: 0, percent: 20 }]);
    expect(quotaOverruns([status({ good: 0, outstanding: 3 })], [{ unitId: '7', quotaGroup: 'ALL', level: 'GOOD' }])).toEqual([]);
  });
});
