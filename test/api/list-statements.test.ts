import {
  getNamedType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecording, stopRecording } from '../../server/src/db/query-counter.js';
import { appSchema } from '../../server/src/graphql/schema.js';
import { DEMO_PASSWORD } from '../../server/src/demo/seed.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Every list of the API, walked from the schema as the permission table walks the operations:
 * each `all*` query with every field of its rows and every field of their relations. A page costs
 * the same number of statements whatever its size, and five at most (besides the one that reads
 * who is signed in, which every request makes).
 */
let server: TestServer;
let schema: GraphQLSchema;
/** The leader, HR and the administrator of the demo: each list is read by the first allowed to. */
let tokens: string[];

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  schema = await appSchema();
  tokens = [await server.login('chutich', DEMO_PASSWORD), await server.login('noivu', DEMO_PASSWORD), await server.login('quantri', DEMO_PASSWORD)];
});
afterAll(() => server?.stop());

const usable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type));

/** The scalar fields of a type, and one level of relations with their scalar fields. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!usable(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      const inner = selection(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function lists(): Array<{ name: string; query: string }> {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields())
    .filter((f) => /^all[A-Z]/.test(f.name) && isListType(isNonNullType(f.type) ? f.type.ofType : f.type))
    .map((f) => ({ name: f.name, query: `query($perPage: Int) { rows: ${f.name}(perPage: $perPage) { ${selection(getNamedType(f.type) as GraphQLObjectType, 1)} } }` }));
}

async function statementsFor(query: string, perPage: number) {
  let token = tokens[0];
  for (const t of tokens) {
    token = t;
    const probe = await server.gql(query, { perPage: 1 }, { token: t });
    if (!probe.errors?.some((e) => e.extensions.code === 'FORBIDDEN')) break;
  }
  startRecording();
  const res = await server.gql(query, { perPage }, { token });
  // the one statement every request makes to read who is signed in is not the page's
  const statements = stopRecording().filter((q) => !/FROM account a LEFT JOIN account_role r/.test(q));
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { rows: (res.data as { rows: unknown[] }).rows, statements };
}

describe('every list query loads its relations in batches', () => {
  it('walks at least the lists the panel shows', () => {
    const names = lists().map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['allTasks', 'allOfficials', 'allUnits', 'allEvaluations', 'allTaskIndicatorTargets', 'allIndicatorResults']));
  });

  it('costs the same at 5 and 50 rows, and at most 5 statements', async () => {
    const report: string[] = [];
    for (const { name, query } of lists()) {
      const small = await statementsFor(query, 5);
      const large = await statementsFor(query, 50);
      report.push(`${name}: ${small.rows.length} rows ${small.statements.length} statements, ${large.rows.length} rows ${large.statements.length} statements`);
      expect.soft(large.statements.length, `${name}\n${large.statements.join('\n')}`).toBe(small.statements.length);
      expect.soft(large.statements.length, `${name}\n${large.statements.join('\n')}`).toBeLessThanOrEqual(5);
    }
    if (process.env.LIST_REPORT) console.log(report.join('\n'));
  });
});

describe('Task.indicators', () => {
  it('gives each task of a page the indicators it is meant to move, as the links record them', async () => {
    const links = await server.gql('{ allTaskIndicatorTargets(perPage: 1000) { taskId target indicator { code } } }');
    expect(links.errors).toBeUndefined();
    const expected = new Map<string, string[]>();
    for (const l of links.data.allTaskIndicatorTargets) expected.set(l.taskId, [...(expected.get(l.taskId) ?? []), `${l.indicator.code}:${l.target}`]);
    expect(expected.size).toBeGreaterThan(1);
    const ids = [...expected.keys()];
    startRecording();
    const res = await server.gql('query($ids: [ID!]) { allTasks(filter: { ids: $ids }, perPage: 1000) { id indicators { target indicator { code } } } }', { ids });
    const statements = stopRecording().filter((q) => !/FROM account a LEFT JOIN account_role r/.test(q));
    expect(res.errors).toBeUndefined();
    for (const t of res.data.allTasks) {
      expect(t.indicators.map((i: { target: number; indicator: { code: string } }) => `${i.indicator.code}:${i.target}`).sort()).toEqual(expected.get(t.id)!.sort());
    }
    // the tasks, their links, the links' indicators
    expect(statements).toHaveLength(3);
  });
});
