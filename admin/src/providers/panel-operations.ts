import { gql } from '@apollo/client';
import type { TimelinessCounts } from './data-provider.js';

/** The operations of the home, the alerts and the leader's dashboard (issue 12). */

export interface MonthTrend {
  month: string;
  due: number;
  doneOnTime: number;
  doneLate: number;
  late: number;
  openOverdue: number;
}

export interface UnitTaskSummary extends TimelinessCounts {
  unitId: string;
  unitCode: string;
  unitName: string;
  own: boolean;
  returned: number;
}

export interface AlertRecord {
  id: string;
  kind: string;
  message: string;
  reason: string | null;
  taskId: string | null;
  evaluationCycleId: string | null;
  read: boolean;
}

export interface PanelOperations {
  /** The signed-in person's unread alerts, most urgent first, and how many there are. */
  unreadAlerts(params: { perPage: number }): Promise<{ data: AlertRecord[]; total: number }>;
  markAlertsRead(params: { ids: string[] }): Promise<{ data: number }>;
  markAllAlertsRead(): Promise<{ data: number }>;
  overdueTrend(params: { unitId: string; months?: number; deadlineBasis?: string }): Promise<{ data: MonthTrend[] }>;
  unitTaskSummaries(params: { unitId: string; from?: string | null; to?: string | null; deadlineBasis?: string }): Promise<{ data: UnitTaskSummary[] }>;
}

// Its own query: `_allAlertsMeta` takes no paging arguments, which ra-data-graphql-simple would send.
const UNREAD_ALERTS = gql`
  query unreadAlerts($perPage: Int) {
    allAlerts(filter: { unread: true }, page: 0, perPage: $perPage, sortField: "urgency", sortOrder: "ASC") {
      id kind message reason taskId evaluationCycleId read
    }
    _allAlertsMeta(filter: { unread: true }) { count }
  }
`;
const MARK_READ = gql`mutation markAlertsRead($ids: [ID!]!) { markAlertsRead(ids: $ids) }`;
const MARK_ALL_READ = gql`mutation markAllAlertsRead { markAllAlertsRead }`;
const TREND = gql`
  query overdueTrend($unitId: ID!, $months: Int, $deadlineBasis: DeadlineBasis) {
    overdueTrend(unitId: $unitId, months: $months, deadlineBasis: $deadlineBasis) { month due doneOnTime doneLate late openOverdue }
  }
`;
const UNIT_SUMMARIES = gql`
  query unitTaskSummaries($unitId: ID!, $from: LocalDate, $to: LocalDate, $deadlineBasis: DeadlineBasis) {
    unitTaskSummaries(unitId: $unitId, from: $from, to: $to, deadlineBasis: $deadlineBasis) {
      unitId unitCode unitName own total done doneOnTime doneLate doneNoDeadline openWithinDeadline openOverdue openNoDeadline returned
      completionRateOfTotal completionRateOfDue
    }
  }
`;

type Run = <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation?: boolean) => Promise<T>;
type Mapped = <T>(call: () => Promise<T>) => Promise<T>;

export function panelOperations(query: Run, mapped: Mapped): PanelOperations {
  return {
    unreadAlerts: ({ perPage }) =>
      mapped(async () => {
        const result = await query<{ allAlerts: AlertRecord[]; _allAlertsMeta: { count: number } }>(UNREAD_ALERTS, { perPage });
        return { data: result.allAlerts, total: result._allAlertsMeta.count };
      }),
    markAlertsRead: ({ ids }) => mapped(async () => ({ data: (await query<{ markAlertsRead: number }>(MARK_READ, { ids }, true)).markAlertsRead })),
    markAllAlertsRead: () => mapped(async () => ({ data: (await query<{ markAllAlertsRead: number }>(MARK_ALL_READ, {}, true)).markAllAlertsRead })),
    overdueTrend: ({ unitId, months, deadlineBasis }) =>
      mapped(async () => ({ data: (await query<{ overdueTrend: MonthTrend[] }>(TREND, { unitId, months: months ?? 12, deadlineBasis: deadlineBasis ?? 'ORIGINAL' })).overdueTrend })),
    unitTaskSummaries: ({ unitId, from, to, deadlineBasis }) =>
      mapped(async () => ({
        data: (await query<{ unitTaskSummaries: UnitTaskSummary[] }>(UNIT_SUMMARIES, { unitId, from: from || null, to: to || null, deadlineBasis: deadlineBasis ?? 'ORIGINAL' }))
          .unitTaskSummaries,
      })),
  };
}
