import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';

/** A period of the index: month 1–12, quarter 1–4, first N months 1–12, or 0 for a year. */
export interface KpiPeriod {
  periodKind: 'MONTH' | 'QUARTER' | 'FIRST_MONTHS' | 'YEAR';
  year: number;
  periodNumber: number;
}

export interface ImportIssue {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  saved: boolean;
  rows: number;
  imported: number;
  issues: ImportIssue[];
}

export interface FileContent {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** Decimal2 values travel as strings ("46.63"). */
type Decimal = string | null;

export interface LinkedTask {
  target: string;
  baseline: Decimal;
  timeliness: string | null;
  task: { id: string; title: string };
  responsibleOfficial: { id: string; fullName: string } | null;
  lastUpdate: { id: string; note: string | null; percentDone: number | null; reportedOn: string | null } | null;
}

export interface IndicatorAccountability {
  period: string;
  unit: { id: string; name: string };
  result: { id: string; total: string; asPublished: boolean; inconsistency: string | null; note: string | null } | null;
  previous: { id: string; total: string } | null;
  groups: Array<{ group: { id: string; code: string; nameVi: string; nameEn: string }; score: Decimal; max: string; gap: Decimal; change: Decimal }>;
  indicators: Array<{
    indicator: { id: string; code: string; groupId: string; nameVi: string; nameEn: string };
    score: Decimal; max: Decimal; rate: Decimal; target: Decimal; gap: Decimal; change: Decimal;
    tasks: LinkedTask[];
  }>;
}

export interface RankingLine {
  rank: number;
  score: string;
  unit: { id: string; name: string; code: string };
  result: { id: string; asPublished: boolean };
}

export interface BelowTargetLine {
  indicator: { id: string; code: string; groupId: string; nameVi: string; nameEn: string };
  rate: Decimal;
  target: string;
  gap: string;
  openTasks: number;
  responsibleOfficials: Array<{ id: string; fullName: string }>;
}

/** How many indicators of a group are below target in a unit under the one asked for. */
export interface GroupBelowTargetLine {
  group: { id: string; code: string; nameVi: string; nameEn: string };
  unit: { id: string; name: string };
  indicators: number;
}

/** The index operations that are not CRUD: import, template, accountability, ranking. */
export interface KpiDataProvider {
  importIndicatorResults(params: { fileName: string; content: string }): Promise<{ data: ImportReport }>;
  indicatorResultTemplate(params: { format: 'CSV' | 'XLSX' }): Promise<{ data: FileContent }>;
  indicatorAccountability(params: KpiPeriod & { unitId: Identifier }): Promise<{ data: IndicatorAccountability }>;
  indicatorRanking(params: KpiPeriod & { unitId: Identifier; groupCode?: string | null }): Promise<{ data: RankingLine[] }>;
  indicatorsBelowTarget(params: KpiPeriod & { unitId: Identifier; limit?: number }): Promise<{ data: BelowTargetLine[] }>;
  indicatorGroupsBelowTarget(params: KpiPeriod & { unitId: Identifier }): Promise<{ data: GroupBelowTargetLine[] }>;
}

const PERIOD_VARS = '$periodKind: PeriodKind!, $year: Int!, $periodNumber: Int!';
const PERIOD_ARGS = 'periodKind: $periodKind, year: $year, periodNumber: $periodNumber';

const IMPORT = gql`
  mutation importIndicatorResults($fileName: String!, $content: String!) {
    importIndicatorResults(fileName: $fileName, content: $content) { saved rows imported issues { row column message } }
  }
`;
const TEMPLATE = gql`
  query indicatorResultTemplate($format: ImportFormat!) { indicatorResultTemplate(format: $format) { fileName mimeType base64 } }
`;
const ACCOUNTABILITY = gql`
  query indicatorAccountability($unitId: ID!, ${PERIOD_VARS}) {
    indicatorAccountability(unitId: $unitId, ${PERIOD_ARGS}) {
      period
      unit { id name }
      result { id total asPublished inconsistency note }
      previous { id total }
      groups { group { id code nameVi nameEn } score max gap change }
      indicators {
        indicator { id code groupId nameVi nameEn }
        score max rate target gap change
        tasks {
          target baseline timeliness
          task { id title }
          responsibleOfficial { id fullName }
          lastUpdate { id note percentDone reportedOn }
        }
      }
    }
  }
`;
const RANKING = gql`
  query indicatorRanking($unitId: ID!, ${PERIOD_VARS}, $groupCode: String) {
    indicatorRanking(unitId: $unitId, ${PERIOD_ARGS}, groupCode: $groupCode) { rank score unit { id name code } result { id asPublished } }
  }
`;
const BELOW_TARGET = gql`
  query indicatorsBelowTarget($unitId: ID!, ${PERIOD_VARS}, $limit: Int) {
    indicatorsBelowTarget(unitId: $unitId, ${PERIOD_ARGS}, limit: $limit) {
      indicator { id code groupId nameVi nameEn } rate target gap openTasks responsibleOfficials { id fullName }
    }
  }
`;

const GROUPS_BELOW_TARGET = gql`
  query indicatorGroupsBelowTarget($unitId: ID!, ${PERIOD_VARS}) {
    indicatorGroupsBelowTarget(unitId: $unitId, ${PERIOD_ARGS}) { group { id code nameVi nameEn } unit { id name } indicators }
  }
`;

type Run = <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation?: boolean) => Promise<T>;
type Mapped = <T>(call: () => Promise<T>) => Promise<T>;

/** The index operations over the data provider's query runner and error mapping. */
export function kpiOperations(query: Run, mapped: Mapped): KpiDataProvider {
  const period = ({ periodKind, year, periodNumber }: KpiPeriod) => ({ periodKind, year, periodNumber });
  return {
    importIndicatorResults: ({ fileName, content }) =>
      mapped(async () => ({ data: (await query<{ importIndicatorResults: ImportReport }>(IMPORT, { fileName, content }, true)).importIndicatorResults })),
    indicatorResultTemplate: ({ format }) =>
      mapped(async () => ({ data: (await query<{ indicatorResultTemplate: FileContent }>(TEMPLATE, { format })).indicatorResultTemplate })),
    indicatorAccountability: (p) =>
      mapped(async () => ({
        data: (await query<{ indicatorAccountability: IndicatorAccountability }>(ACCOUNTABILITY, { unitId: p.unitId, ...period(p) })).indicatorAccountability,
      })),
    indicatorRanking: (p) =>
      mapped(async () => ({
        data: (await query<{ indicatorRanking: RankingLine[] }>(RANKING, { unitId: p.unitId, groupCode: p.groupCode ?? null, ...period(p) })).indicatorRanking,
      })),
    indicatorsBelowTarget: (p) =>
      mapped(async () => ({
        data: (await query<{ indicatorsBelowTarget: BelowTargetLine[] }>(BELOW_TARGET, { unitId: p.unitId, limit: p.limit ?? 10, ...period(p) }))
          .indicatorsBelowTarget,
      })),
    indicatorGroupsBelowTarget: (p) =>
      mapped(async () => ({
        data: (await query<{ indicatorGroupsBelowTarget: GroupBelowTargetLine[] }>(GROUPS_BELOW_TARGET, { unitId: p.unitId, ...period(p) }))
          .indicatorGroupsBelowTarget,
      })),
  };
}

