import { gql, type ApolloClient } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { CreateParams, DataProvider, GetManyParams, Identifier, RaRecord, UpdateParams } from 'react-admin';
import { toHttpError } from './errors.js';
import { evaluationMethods, type EvaluationMethods } from './evaluation-methods.js';
import { kpiOperations, type ImportReport, type KpiDataProvider } from './kpi-operations.js';
import { panelOperations, type PanelOperations } from './panel-operations.js';
import { reportOperations, type FileContent, type ReportOperations } from '../reports/report-operations.js';
import { introspectionSchema, mutationArgs } from './schema.js';

/** Tasks by timeliness and both completion rates, as the server's summaries give them. */
export interface TimelinessCounts {
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  doneNoDeadline: number;
  openWithinDeadline: number;
  openOverdue: number;
  openNoDeadline: number;
  completionRateOfTotal: number | null;
  completionRateOfDue: number | null;
}

export interface TaskSummary extends TimelinessCounts {
  unitId: string;
  asOf: string;
  from: string | null;
  to: string | null;
  includeSubunits: boolean;
  deadlineBasis: 'ORIGINAL' | 'CURRENT';
}

export interface TaskSummaryParams {
  unitId: Identifier;
  includeSubunits?: boolean;
  from?: string | null;
  to?: string | null;
  deadlineBasis?: 'ORIGINAL' | 'CURRENT';
}

/** The operations that are not CRUD: acceptance, return and the statistics. */
export interface AppDataProvider extends DataProvider, EvaluationMethods, KpiDataProvider, PanelOperations, ReportOperations {
  acceptTask(params: { id: Identifier; version: number; exceeded?: boolean; note?: string | null }): Promise<{ data: RaRecord }>;
  returnTask(params: { id: Identifier; version: number; reason: string }): Promise<{ data: RaRecord }>;
  taskSummary(params: TaskSummaryParams): Promise<{ data: TaskSummary }>;
  officialPostOn(params: { officialId: Identifier; on: string }): Promise<{ data: RaRecord | null }>;
  /** Sets a temporary password the person must replace; the account's sessions end. */
  resetPassword(params: { id: Identifier; newPassword: string }): Promise<{ data: RaRecord }>;
  /** Lifts the sign-in locks of the account, from every address. */
  unlockAccount(params: { id: Identifier }): Promise<{ data: RaRecord }>;
  /** The .xlsx template of the task import. */
  taskImportTemplate(): Promise<{ data: FileContent }>;
  /** Creates every task of the file, or none, with the problems by row. */
  importTasks(params: { fileName: string; content: string }): Promise<{ data: ImportReport }>;
}

const TASK_AFTER_DECISION = `id version state timeliness percentDone reportedDoneOn completedOn exceeded returnCount allowedActions`;

const ACCEPT_TASK = gql`
  mutation acceptTask($id: ID!, $version: Int, $exceeded: Boolean, $note: String) {
    acceptTask(id: $id, version: $version, exceeded: $exceeded, note: $note) { ${TASK_AFTER_DECISION} }
  }
`;
const RETURN_TASK = gql`
  mutation returnTask($id: ID!, $version: Int, $reason: String!) {
    returnTask(id: $id, version: $version, reason: $reason) { ${TASK_AFTER_DECISION} }
  }
`;
const TASK_SUMMARY = gql`
  query taskSummary($unitId: ID!, $includeSubunits: Boolean, $from: LocalDate, $to: LocalDate, $deadlineBasis: DeadlineBasis) {
    taskSummary(unitId: $unitId, includeSubunits: $includeSubunits, from: $from, to: $to, deadlineBasis: $deadlineBasis) {
      unitId asOf from to includeSubunits deadlineBasis total done doneOnTime doneLate doneNoDeadline
      openWithinDeadline openOverdue openNoDeadline completionRateOfTotal completionRateOfDue
    }
  }
`;
const OFFICIAL_POST_ON = gql`
  query officialPostOn($officialId: ID!, $on: LocalDate!) {
    officialPostOn(officialId: $officialId, on: $on) { id officialId unitId position role dutyGroup validFrom validTo }
  }
`;

const RESET_PASSWORD = gql`
  mutation resetPassword($id: ID!, $newPassword: String!) {
    resetPassword(id: $id, newPassword: $newPassword) { id passwordTemporary lockedUntil }
  }
`;
const UNLOCK_ACCOUNT = gql`
  mutation unlockAccount($id: ID!) {
    unlockAccount(id: $id) { id lockedUntil }
  }
`;
const TASK_IMPORT_TEMPLATE = gql`
  query taskImportTemplate { taskImportTemplate { fileName mimeType base64 } }
`;
const IMPORT_TASKS = gql`
  mutation importTasks($fileName: String!, $content: String!) {
    importTasks(fileName: $fileName, content: $content) { saved rows imported issues { row column message } }
  }
`;

/** Empty form values mean "no value" to the API, which refuses "" for dates and ids. */
function normalised(value: unknown): unknown {
  return value === '' || value === undefined ? null : value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

/**
 * Keeps only what the mutation accepts. react-admin sends the whole record, relations
 * included (`leadUnit: { id }`), and ra-data-graphql-simple would turn those back into
 * `leadUnitId` from the record as loaded, overwriting the value the user picked.
 */
function argumentsFor(mutation: string, data: Record<string, unknown>, previous?: Record<string, unknown>): Record<string, unknown> {
  const allowed = mutationArgs(mutation);
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.has(key) || key === 'id') continue;
    // Unchanged values are left out so that history records only what the user changed.
    if (previous && key !== 'version' && same(value, previous[key])) continue;
    args[key] = normalised(value);
  }
  if (previous && allowed.has('version') && args.version === undefined) args.version = previous.version;
  return args;
}

/** Runs a call and rethrows its failure as an HttpError with the server's message. */
async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHttpError(error);
  }
}

/**
 * ra-data-graphql-simple over the committed schema (no introspection query), with the API's
 * rules added: arguments filtered per mutation, optimistic-locking version kept, errors
 * translated by the server shown as they are, and the non-CRUD operations.
 */
export function createDataProvider(client: ApolloClient<unknown>): AppDataProvider {
  const base = buildGraphQLProvider({
    client,
    introspection: { schema: introspectionSchema },
  });

  const query = async <T>(document: ReturnType<typeof gql>, variables: Record<string, unknown>, mutation = false): Promise<T> => {
    const result = mutation
      ? await client.mutate({ mutation: document, variables })
      : await client.query({ query: document, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  };

  return {
    getList: (resource, params) => mapped(() => base.getList(resource, params)),
    getOne: (resource, params) => mapped(() => base.getOne(resource, params)),
    // GET_MANY sends only `filter.ids`, and the API pages every list (25 rows by default).
    getMany: (resource, params: GetManyParams) =>
      mapped(async () => {
        if (!params.ids.length) return { data: [] };
        const { data } = await base.getList(resource, {
          filter: { ids: params.ids },
          pagination: { page: 1, perPage: Math.min(1000, params.ids.length) },
          sort: { field: 'id', order: 'ASC' },
          signal: params.signal,
        });
        return { data };
      }),
    getManyReference: (resource, params) => mapped(() => base.getManyReference(resource, params)),
    create: (resource, params: CreateParams) =>
      mapped(() => base.create(resource, { ...params, data: argumentsFor(`create${resource}`, params.data) })),
    update: (resource, params: UpdateParams) =>
      mapped(() =>
        base.update(resource, {
          ...params,
          data: argumentsFor(`update${resource}`, params.data, params.previousData),
        }),
      ),
    updateMany: (resource, params) => mapped(() => base.updateMany(resource, params)),
    delete: (resource, params) => mapped(() => base.delete(resource, params)),
    deleteMany: (resource, params) => mapped(() => base.deleteMany(resource, params)),

    acceptTask: ({ id, version, exceeded, note }) =>
      mapped(async () => ({
        data: (await query<{ acceptTask: RaRecord }>(ACCEPT_TASK, { id, version, exceeded: exceeded ?? false, note: note || null }, true)).acceptTask,
      })),
    returnTask: ({ id, version, reason }) =>
      mapped(async () => ({ data: (await query<{ returnTask: RaRecord }>(RETURN_TASK, { id, version, reason }, true)).returnTask })),
    taskSummary: ({ unitId, includeSubunits, from, to, deadlineBasis }) =>
      mapped(async () => ({
        data: (
          await query<{ taskSummary: TaskSummary }>(TASK_SUMMARY, {
            unitId, includeSubunits: includeSubunits ?? true, from: from || null, to: to || null, deadlineBasis: deadlineBasis ?? 'ORIGINAL',
          })
        ).taskSummary,
      })),
    officialPostOn: ({ officialId, on }) =>
      mapped(async () => ({ data: (await query<{ officialPostOn: RaRecord | null }>(OFFICIAL_POST_ON, { officialId, on })).officialPostOn })),
    resetPassword: ({ id, newPassword }) =>
      mapped(async () => ({ data: (await query<{ resetPassword: RaRecord }>(RESET_PASSWORD, { id, newPassword }, true)).resetPassword })),
    taskImportTemplate: () =>
      mapped(async () => ({ data: (await query<{ taskImportTemplate: FileContent }>(TASK_IMPORT_TEMPLATE, {})).taskImportTemplate })),
    importTasks: ({ fileName, content }) =>
      mapped(async () => ({ data: (await query<{ importTasks: ImportReport }>(IMPORT_TASKS, { fileName, content }, true)).importTasks })),
    unlockAccount: ({ id }) =>
      mapped(async () => ({ data: (await query<{ unlockAccount: RaRecord }>(UNLOCK_ACCOUNT, { id }, true)).unlockAccount })),
    ...evaluationMethods(query, mapped),
    ...kpiOperations(query, mapped),
    ...panelOperations(query, mapped),
    ...reportOperations(query, mapped),
  };
}
