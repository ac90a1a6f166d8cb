import { gql } from '@apollo/client';
import type { TimelinessCounts } from '../providers/data-provider.js';

/** The operations of the accountability, reports, conclusion and evidence pages (issue 12). */

export interface OfficialAccountability extends TimelinessCounts {
  id: string;
  fullName: string;
  position: string;
  unitId: string;
  unitName: string;
  returned: number;
}

export interface FileContent {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface TaskProposal {
  title: string;
  leadUnitId: string | null;
  coordinatingUnitIds: string[];
  deadline: string | null;
}

export interface DirectiveProposal {
  number: number;
  text: string;
  tasks: TaskProposal[];
}

export interface ConclusionTaskInput {
  title: string;
  leadUnitId: string;
  coordinatingUnitIds?: string[];
  deadline?: string | null;
}

export interface ConclusionInput {
  number: string;
  title: string;
  issuedOn: string;
  issuingUnitId: string;
  summary?: string | null;
  directives: Array<{ number?: number; text: string; tasks: ConclusionTaskInput[] }>;
}

export interface EvidenceFile {
  id: string;
  taskId: string;
  taskUpdateId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export type ReportFormat = 'XLSX' | 'DOCX';

export interface ReportOperations {
  officialAccountabilities(params: { unitId: string; from?: string | null; to?: string | null }): Promise<{ data: OfficialAccountability[] }>;
  taskReport(params: { unitId: string; format: ReportFormat; from?: string | null; to?: string | null }): Promise<{ data: FileContent }>;
  overdueTaskReport(params: { unitId: string; format: ReportFormat }): Promise<{ data: FileContent }>;
  kpiReport(params: { unitId: string; format: ReportFormat; periodKind: string; periodNumber: number; year: number }): Promise<{ data: FileContent }>;
  conclusionReport(params: { documentId: string; format: ReportFormat }): Promise<{ data: FileContent }>;
  splitConclusion(params: { text: string }): Promise<{ data: DirectiveProposal[] }>;
  createConclusionTasks(params: ConclusionInput): Promise<{ data: { id: string } }>;
  evidenceFiles(params: { taskId: string }): Promise<{ data: EvidenceFile[] }>;
  evidenceFileContent(params: { id: string }): Promise<{ data: FileContent }>;
  attachEvidenceFile(params: { taskUpdateId: string; fileName: string; base64: string }): Promise<{ data: EvidenceFile }>;
}

const FILE = 'fileName mimeType base64';
const ACCOUNTABILITIES = gql`
  query officialAccountabilities($filter: OfficialAccountabilityFilter!) {
    allOfficialAccountabilities(filter: $filter, page: 0, perPage: 1000) {
      id fullName position unitId unitName total done doneOnTime doneLate doneNoDeadline openWithinDeadline openOverdue openNoDeadline returned
      completionRateOfTotal completionRateOfDue
    }
  }
`;
const TASK_REPORT = gql`
  query taskReport($unitId: ID!, $format: ReportFormat!, $from: LocalDate, $to: LocalDate) {
    taskReport(unitId: $unitId, format: $format, from: $from, to: $to) { ${FILE} }
  }
`;
const OVERDUE_REPORT = gql`
  query overdueTaskReport($unitId: ID!, $format: ReportFormat!) { overdueTaskReport(unitId: $unitId, format: $format) { ${FILE} } }
`;
const KPI_REPORT = gql`
  query kpiReport($unitId: ID!, $format: ReportFormat!, $periodKind: PeriodKind!, $periodNumber: Int!, $year: Int!) {
    kpiReport(unitId: $unitId, format: $format, periodKind: $periodKind, periodNumber: $periodNumber, year: $year) { ${FILE} }
  }
`;
const CONCLUSION_REPORT = gql`
  query conclusionReport($documentId: ID!, $format: ReportFormat!) { conclusionReport(documentId: $documentId, format: $format) { ${FILE} } }
`;
const SPLIT = gql`
  query splitConclusion($text: String!) { splitConclusion(text: $text) { number text tasks { title leadUnitId coordinatingUnitIds deadline } } }
`;
const CREATE_CONCLUSION = gql`
  mutation createConclusionTasks(
    $number: String!, $title: String!, $issuedOn: LocalDate!, $issuingUnitId: ID!, $summary: String, $directives: [ConclusionDirectiveInput!]!
  ) {
    createConclusionTasks(number: $number, title: $title, issuedOn: $issuedOn, issuingUnitId: $issuingUnitId, summary: $summary, directives: $directives) { id }
  }
`;
const EVIDENCE_FILES = gql`
  query evidenceFiles($taskId: ID!) { evidenceFiles(taskId: $taskId) { id taskId taskUpdateId fileName mimeType size sha256 uploadedAt } }
`;
const EVIDENCE_CONTENT = gql`query evidenceFileContent($id: ID!) { evidenceFileContent(id: $id) { ${FILE} } }`;
const ATTACH = gql`
  mutation attachEvidenceFile($taskUpdateId: ID!, $fileName: String!, $base64: String!) {
    attachEvidenceFile(taskUpdateId: $taskUpdateId, fileName: $fileName, base64: $base64) { id taskId taskUpdateId fileName mimeType size sha256 uploadedAt }
  }
`;

type Run = <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation?: boolean) => Promise<T>;
type Mapped = <T>(call: () => Promise<T>) => Promise<T>;

export function reportOperations(query: Run, mapped: Mapped): ReportOperations {
  const one = <K extends string, T>(doc: ReturnType<typeof gql>, key: K, variables: Record<string, unknown>, mutation = false) =>
    mapped(async () => ({ data: (await query<Record<K, T>>(doc, variables, mutation))[key] }));
  return {
    officialAccountabilities: ({ unitId, from, to }) =>
      one(ACCOUNTABILITIES, 'allOfficialAccountabilities', { filter: { unitId, from: from || null, to: to || null } }),
    taskReport: ({ unitId, format, from, to }) => one(TASK_REPORT, 'taskReport', { unitId, format, from: from || null, to: to || null }),
    overdueTaskReport: ({ unitId, format }) => one(OVERDUE_REPORT, 'overdueTaskReport', { unitId, format }),
    kpiReport: (p) => one(KPI_REPORT, 'kpiReport', { ...p }),
    conclusionReport: ({ documentId, format }) => one(CONCLUSION_REPORT, 'conclusionReport', { documentId, format }),
    splitConclusion: ({ text }) => one(SPLIT, 'splitConclusion', { text }),
    createConclusionTasks: (p) => one(CREATE_CONCLUSION, 'createConclusionTasks', { ...p, summary: p.summary || null }, true),
    evidenceFiles: ({ taskId }) => one(EVIDENCE_FILES, 'evidenceFiles', { taskId }),
    evidenceFileContent: ({ id }) => one(EVIDENCE_CONTENT, 'evidenceFileContent', { id }),
    attachEvidenceFile: (p) => one(ATTACH, 'attachEvidenceFile', { ...p }, true),
  };
}
