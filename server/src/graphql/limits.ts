import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type ObjectFieldNode, type ValueNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { currentLang } from '../i18n/lang.js';
import { translate, type MessageKey } from '../i18n/messages.js';

/**
 * The bounds of one request. Every list has a default and a maximum page size and costs the rows
 * it may return (times what each row asks for) whether or not `perPage` is named; aliases add up;
 * counts, summaries, exports and mutations carry a fixed cost; list arguments have a maximum
 * length. A request over a bound is refused before any resolver runs, with HTTP 400.
 */
export const MAX_DEPTH = 10;
/** Tokens in one query document: the parser stops there, before a megabyte of aliases is parsed. */
export const MAX_TOKENS = 20_000;
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;
/** Items in any list argument (`ids`, `assigneeIds`, `decisions`, …) unless named below. */
export const MAX_LIST_ITEMS = 1000;
export const LIST_ITEM_MAXIMA: Record<string, number> = {
  evidenceLinks: 20,
  decisions: 500,
  groupScores: 200,
  values: 1000,
  states: 20,
};

/** One `_all…Meta` count reads every matching row: as much as a full page. */
export const COUNT_COST = MAX_PER_PAGE;
/** One mutation: a transaction, checks and history rows. */
export const MUTATION_COST = 100;
/**
 * Fields that read a unit's subtree or build a file: what one call costs, in rows. A budget of
 * 60,000 admits 6 exports, 30 summaries or 300 forms in one request.
 */
export const FIELD_COSTS: Record<string, number> = {
  evaluationExport: 10_000,
  importIndicatorResults: 10_000,
  indicatorResultTemplate: 1_000,
  evaluationForm: 200,
  evaluationQuotas: 2_000,
  taskSummary: 2_000,
  indicatorAccountability: 2_000,
  indicatorRanking: 2_000,
  indicatorsBelowTarget: 2_000,
  officialPostOn: 10,
  decideRatings: 1_000,
};

/** The rows a list may return: its page size, else as many as the ids asked for, else the default. */
export function rowsOf(args: Record<string, unknown>): number {
  if (typeof args.perPage === 'number') return Math.max(1, args.perPage);
  const ids = (args.filter as { ids?: unknown } | null | undefined)?.ids;
  if (Array.isArray(ids) && ids.length > 0) return Math.min(ids.length, MAX_PER_PAGE);
  return DEFAULT_PER_PAGE;
}

const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const fixed = FIELD_COSTS[field.name];
  if (fixed !== undefined) {
    const items = Array.isArray(args.decisions) ? args.decisions.length : 1;
    return fixed * Math.max(1, field.name === 'decideRatings' ? Math.ceil(items / 10) : 1) + childComplexity;
  }
  if (field.name.startsWith('_all') && field.name.endsWith('Meta')) return COUNT_COST;
  if (field.args.some((a) => a.name === 'perPage')) return rowsOf(args) * (childComplexity + 1);
  return undefined;
};

const mutationEstimator = (schema: GraphQLSchema): ComplexityEstimator => {
  const mutations = new Set(Object.values(schema.getMutationType()?.getFields() ?? {}));
  return ({ field, childComplexity }) => (mutations.has(field as never) && FIELD_COSTS[field.name] === undefined ? MUTATION_COST + childComplexity : undefined);
};

export function depthRule() {
  return depthLimit(MAX_DEPTH);
}

function refusal(code: 'QUERY_TOO_COMPLEX' | 'BAD_USER_INPUT', reason: MessageKey, params: Record<string, string | number>) {
  return new GraphQLError(translate(currentLang(), reason, params), {
    extensions: { code, reason, ...params, http: { status: 400 } },
  });
}

/** The longest list argument of an operation, named by the nearest argument or input field. */
export function longestLists(document: DocumentNode, variables: Record<string, unknown>): Array<{ field: string; items: number }> {
  const found: Array<{ field: string; items: number }> = [];
  const json = (name: string, value: unknown): void => {
    if (Array.isArray(value)) {
      found.push({ field: name, items: value.length });
      for (const item of value.slice(0, MAX_LIST_ITEMS + 1)) json(name, item);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) json(key, inner);
    }
  };
  const node = (name: string, value: ValueNode): void => {
    if (value.kind === Kind.LIST) {
      found.push({ field: name, items: value.values.length });
      for (const item of value.values.slice(0, MAX_LIST_ITEMS + 1)) node(name, item);
    } else if (value.kind === Kind.OBJECT) {
      for (const f of value.fields as readonly ObjectFieldNode[]) node(f.name.value, f.value);
    } else if (value.kind === Kind.VARIABLE) {
      json(name, variables[value.name.value]);
    }
  };
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const record = n as { kind?: string; name?: { value: string }; value?: ValueNode };
    if (record.kind === Kind.ARGUMENT && record.name && record.value) {
      node(record.name.value, record.value);
      return;
    }
    for (const [key, child] of Object.entries(n)) {
      if (key === 'loc') continue;
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object') walk(child);
    }
  };
  walk(document);
  return found;
}

export function complexityPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          for (const { field, items } of longestLists(document, variables)) {
            const max = LIST_ITEM_MAXIMA[field] ?? MAX_LIST_ITEMS;
            if (items > max) throw refusal('BAD_USER_INPUT', 'limits.tooManyItems', { field, max, items });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema, query: document, variables, operationName: request.operationName ?? undefined,
              estimators: [mutationEstimator(schema), estimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // variables that do not fit their types (an unknown enum value, a string for an Int):
            // the same error execution would give, with its cause kept for the sentence, as HTTP 400
            const cause = error instanceof GraphQLError ? error : null;
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              nodes: cause?.nodes, originalError: cause?.originalError ?? undefined,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maximum) throw refusal('QUERY_TOO_COMPLEX', 'limits.tooComplex', { cost, maximum });
        },
      };
    },
  };
}

/** Root fields of one query above which they run one after another rather than all at once. */
export const PARALLEL_ROOT_FIELDS = 4;
const chains = new WeakMap<object, Promise<unknown>>();

/**
 * Aliases multiply the statements in flight: 300 aliased forms would each ask the pool for a
 * connection at once, and every other request would queue behind them. A query with more than
 * a few root fields runs them one at a time, so that its share of the database stays one field's.
 */
export function serialiseRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context, info) => {
      if (info.operation.selectionSet.selections.length <= PARALLEL_ROOT_FIELDS || !context || typeof context !== 'object') {
        return resolve(source, args, context, info);
      }
      const run = (chains.get(context) ?? Promise.resolve()).then(() => resolve(source, args, context, info));
      chains.set(context, run.catch(() => undefined));
      return run;
    };
  }
  return schema;
}
