import crypto from 'node:crypto';
import fc from 'fast-check';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../server/src/graphql/schema.js';
import { DEMO_PASSWORD } from '../../server/src/demo/seed.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Every mutation of the schema, called with hostile values as the demo chairman (who may do
 * most things): only typed errors, never INTERNAL_SERVER_ERROR, and a refused call leaves every
 * table as it was (row counts and a checksum of the rows). Runs per mutation: FUZZ_RUNS (6).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
/** Sessions: they end or replace the caller's own token, and sign-in failures are recorded by design (issue 10a): fuzzed on their own below. */
const SESSION = new Set(['login', 'logout', 'renewToken', 'changePassword']);
const TYPED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED']);

let server: TestServer;
const ownAccounts = new Set<string>();
const report: Record<string, { runs: number; refused: number; done: number }> = {};
const seen: Record<string, number> = {};
const reasons: Record<string, number> = {};
let tokens: string[] = [];
const DEMO_ROLES: Record<string, string> = { quantri: 'ADMIN', chutich: 'LEADER', noivu: 'HR', truongxa: 'HEAD', truongxavl: 'HEAD', canbo: 'OFFICIAL' };

/** The demo accounts whose role the operation admits (its `@Access` rule, in the schema's extensions). */
function actorsOf(field: GraphQLField<unknown, unknown>): string[] {
  const roles = (field.extensions as { access?: { roles?: unknown } }).access?.roles;
  if (!Array.isArray(roles) || roles.length === 0) return tokens;
  const admitted = Object.values(DEMO_ROLES).map((role, i) => (roles.includes(role) ? tokens[i] : null)).filter((t): t is string => t !== null);
  return admitted.length ? admitted : tokens;
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  // every demo role acts, so that each mutation is tried by someone allowed to make it
  tokens = await Promise.all(Object.keys(DEMO_ROLES).map((u) => server.login(u, DEMO_PASSWORD)));
  // accounts no test signs in with, for resetPassword and updateAccount to change
  for (const username of ['fuzz-a', 'fuzz-b']) {
    const made = await server.gql('mutation($u: String!) { createAccount(username: $u, password: "Mat-khau-dai-2026") { id } }', { u: username }, { token: tokens[0] });
    if (made.errors) throw new Error(JSON.stringify(made.errors));
  }
  for (const token of tokens) ownAccounts.add((await server.gql('{ me { id } }', {}, { token })).data.me.id);
  for (const meta of server.db.dataSource.entityMetadatas) {
    if (!meta.primaryColumns.some((c) => c.propertyName === 'id')) continue;
    const rows: Array<{ id: number }> = await server.db.dataSource.query(`SELECT id FROM ${meta.tableName} ORDER BY id`);
    pools.set(meta.name, rows.map((r) => String(r.id)));
  }
});
afterAll(async () => {
  // the figures of the issue's closing note
  if (process.env.FUZZ_REPORT) console.log(JSON.stringify({ report, seen, digestMs, reasons }, null, 1));
  await server?.stop();
});

async function tables(): Promise<string[]> {
  const rows: Array<{ name: string }> = server.family === 'sqlite'
    ? await server.db.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    : await server.db.dataSource.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name');
  return rows.map((r) => r.name);
}

let tableNames: string[] = [];
/** Row counts and a checksum of every table: what a refused call must leave as it was. */
let digestMs = 0;
async function digest(except: ReadonlySet<string> = new Set()): Promise<string> {
  const started = Date.now();
  try {
    return await digestNow(except);
  } finally {
    digestMs += Date.now() - started;
  }
}

async function digestNow(except: ReadonlySet<string>): Promise<string> {
  if (tableNames.length === 0) tableNames = await tables();
  const tableNamesNow = tableNames.filter((t) => !except.has(t));
  if (server.family === 'mariadb') {
    // the server's own checksum of every row, plus the counts, in two statements
    const sums: Array<{ Table: string; Checksum: string | number | null }> = await server.db.dataSource.query(`CHECKSUM TABLE ${tableNamesNow.map((t) => `\`${t}\``).join(', ')}`);
    const counts: Array<Record<string, number | string>> = await server.db.dataSource.query(`SELECT ${tableNamesNow.map((t) => `(SELECT COUNT(*) FROM \`${t}\`) AS \`${t}\``).join(', ')}`);
    return tableNamesNow.map((t) => `${t}:${counts[0][t]}:${sums.find((r) => r.Table.endsWith(`.${t}`))?.Checksum}`).join('\n');
  }
  const parts: string[] = [];
  for (const name of tableNamesNow) {
    const rows: unknown[] = await server.db.dataSource.query(`SELECT * FROM "${name}" ORDER BY 1`);
    parts.push(`${name}:${rows.length}:${crypto.createHash('sha1').update(JSON.stringify(rows)).digest('hex')}`);
  }
  return parts.join('\n');
}

/* Values, by GraphQL type: mostly plausible, so that calls get past the first check and reach
 * the database, mixed with hostile ones. Ids are real rows of the table the argument names. */
const badIds = fc.constantFrom('0', '-1', 'abc', '1.5', ' 7 ', '', '99999999999999999999', '1e3', "1' OR '1'='1", '2147483648');
const hostileTexts = fc.constantFrom(
  '', '   ', '\u0000', "'; DROP TABLE task; --", '<script>alert(1)</script>', '😀'.repeat(300), 'Ấ'.repeat(256), 'ệ'.repeat(501),
  'x'.repeat(1001), 'Ễ'.repeat(22_000), 'Ễ'.repeat(16_000), 'ệ'.repeat(7_700), '😀'.repeat(1000), 'ệ'.repeat(2001), '%_\\', 'null', 'NaN', '\u202e\u200b',
);
const texts = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Nguyễn Văn A', 'Báo cáo kết quả', 'https://ví-dụ.vn/a.pdf', 'Mat-khau-moi-2026', 'X1', 'Lý do: chậm tiến độ') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: hostileTexts },
);
const ints = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.constantFrom(2_147_483_647, -2_147_483_648, 1999, 2101, 2023, 2024, 2026, -1, 1, 12) },
);
const dates = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2024-02-29', '2026-11-26', '2026-12-31', '2023-12-01', '2026-01-01', '2025-06-30') },
  { weight: 1, arbitrary: fc.constantFrom('2023-02-29', '2024-13-01', '0000-01-01', '9999-12-31', '1899-12-31', '2024-1-1', 'hôm nay', '') },
);
const decimals = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('0', '1', '46.63', '12,5', '100', 10, 2.5) },
  { weight: 2, arbitrary: fc.constantFrom('999999999.99', '-999999999.99', '-1', '0.001', 'abc', '1e9', '21474836.48') },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Entity of an id argument: `unitId`, `leadUnitId`, `assigneeIds`…; a bare `id` is the mutation's own record. */
const ID_ENTITIES: Record<string, string> = {
  unit: 'Unit', parent: 'Unit', leadunit: 'Unit', issuingunit: 'Unit', coordinatingunit: 'Unit',
  official: 'Official', responsibleofficial: 'Official', signerofficial: 'Official', assignee: 'Official', createdbyofficial: 'Official',
  task: 'Task', directive: 'Directive', document: 'Document', account: 'Account', cycle: 'EvaluationCycle', evaluation: 'Evaluation',
  indicator: 'Indicator', group: 'IndicatorGroup',
};
const OWN_ENTITIES: Record<string, string> = { Rating: 'Evaluation', Ratings: 'Evaluation', Password: 'Account', UnitRating: 'Unit', Evaluation: 'Evaluation' };
const pools = new Map<string, string[]>();

function idsFor(argName: string, mutation: string): fc.Arbitrary<string> {
  let entity: string | undefined;
  if (argName === 'id') {
    const own = mutation.replace(/^(create|update|delete|accept|return|reset|reopen|review|propose|decide|selfAssess|publish|refresh|confirm)/, '');
    entity = OWN_ENTITIES[own] ?? own;
  } else {
    entity = ID_ENTITIES[argName.replace(/Ids?$/, '').toLowerCase()];
  }
  // the demo accounts keep their passwords and sessions: the accounts made for the fuzz are changed instead
  const pool = ((entity && pools.get(entity)) || []).filter((id) => entity !== 'Account' || argName !== 'id' || !ownAccounts.has(id));
  return pool.length ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: badIds }) : fc.oneof(fc.integer({ min: 1, max: 60 }).map(String), badIds);
}

function valueOf(type: GraphQLInputType, name: string, mutation: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inner(type.ofType, name, mutation, depth);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: inner(type, name, mutation, depth) });
}

function inner(type: GraphQLInputType, name: string, mutation: string, depth: number): fc.Arbitrary<unknown> {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) {
    const texts = getNamedType(t.ofType).name === 'String';
    return fc.array(valueOf(t.ofType as GraphQLInputType, name, mutation, depth + 1), { maxLength: texts ? 21 : depth > 0 ? 2 : 5 });
  }
  if (isEnumType(t)) return fc.constantFrom(...t.getValues().map((v) => v.value as string));
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields());
    const required = Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valueOf(f.type, f.name, mutation, depth + 1)]));
    const optional = Object.fromEntries(fields.filter((f) => !isNonNullType(f.type)).map((f) => [f.name, valueOf(f.type, f.name, mutation, depth + 1)]));
    return fc.record({ ...required, ...optional }, { requiredKeys: Object.keys(required) });
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID': return idsFor(name, mutation);
      case 'String': return texts;
      case 'Int': return ints;
      case 'Float': return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean': return fc.boolean();
      case 'LocalDate': return dates;
      case 'Decimal2': return decimals;
      case 'DateTimeISO': return fc.constantFrom('2026-11-26T03:00:00.000Z', 'yesterday', '');
      default: return texts;
    }
  }
  throw new Error(`no generator for ${String(type)}`);
}

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

const schema = await appSchema();
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !SESSION.has(f.name));

describe('every mutation with hostile values', () => {
  it('walks the whole schema', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(45);
  });

  for (const field of mutations) {
    it(field.name, async () => {
      const query = operationOf(field);
      const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type, a.name, field.name)])), { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
      const actors = fc.nat();
      const allowed = [...actorsOf(field)];
      const stats = (report[field.name] = { runs: 0, refused: 0, done: 0 });
      let before = await digest();
      await fc.assert(
        fc.asyncProperty(args, actors, async (variables, pick) => {
          const token = allowed[pick % allowed.length];
          // the chairman's own account stays usable for the next call
          if ((field.name === 'resetPassword' || field.name === 'updateAccount') && ownAccounts.has(String((variables as { id?: unknown }).id).trim())) return;
          stats.runs += 1;
          const res = await server.gql(query, variables as Record<string, unknown>, { token });
          if (!res.errors) {
            stats.done += 1;
            before = await digest();
            return;
          }
          stats.refused += 1;
          // a role that may not make this call at all is not asked again: the others get the runs
          if (res.errors[0].extensions?.reason === 'auth.forbidden' && allowed.length > 1) allowed.splice(allowed.indexOf(token), 1);
          const codes = res.errors.map((e) => e.extensions?.code);
          for (const c of codes) seen[String(c)] = (seen[String(c)] ?? 0) + 1;
          const why = `${field.name}:${String(res.errors[0].extensions?.reason ?? res.errors[0].message.slice(0, 60))}`;
          reasons[why] = (reasons[why] ?? 0) + 1;
          expect(codes.filter((c) => !TYPED.has(String(c))), `${field.name} ${JSON.stringify(variables).slice(0, 300)} → ${JSON.stringify(res.errors).slice(0, 300)}`).toEqual([]);
          expect(await digest(), `${field.name} changed the database although refused`).toBe(before);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261201), endOnFailure: true },
      );
    });
  }
});

/**
 * The session mutations, left out above because they end or replace the caller's own session:
 * hostile sign-ins, password changes and tokens. Only typed errors; a refused call changes
 * nothing but the record of failed sign-ins (login_attempt), which is its purpose.
 */
describe('the session mutations with hostile values', () => {
  const attempts = new Set(['login_attempt']);
  // their own accounts, made after the mutations above (which reset the fuzz accounts' passwords):
  // phien-a is signed in to and locked out, phien-b changes its password
  let real = '';
  beforeAll(async () => {
    for (const username of ['phien-a', 'phien-b']) {
      const made = await server.gql('mutation($u: String!) { createAccount(username: $u, password: "Mat-khau-dai-2026") { id } }', { u: username }, { token: tokens[0] });
      if (made.errors) throw new Error(JSON.stringify(made.errors));
    }
    // phien-a's session, taken before the sign-in fuzz locks the account out
    real = await server.login('phien-a', 'Mat-khau-dai-2026');
  });
  const expectTyped = (name: string, input: unknown, res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    expect((res.errors ?? []).map((e) => e.extensions?.code).filter((c) => !TYPED.has(String(c))), `${name} ${JSON.stringify(input).slice(0, 200)}`).toEqual([]);

  it('login: a hostile username or password is refused with a typed error and changes nothing else', async () => {
    // phien-a ends up locked out (by design: the lock is written on its account); no other account is touched
    const usernames = fc.oneof(texts, fc.constantFrom('phien-a', 'PHIEN-A', ' phien-a ', 'phien-a\u0000'));
    const signIn = new Set([...attempts, 'account']);
    const accounts = () => server.db.dataSource.query('SELECT id, username, passwordHash, disabled, passwordTemporary, tokenVersion, lastLoginAt, officialId FROM account ORDER BY id');
    await fc.assert(
      fc.asyncProperty(usernames, texts, async (username, password) => {
        const before = await digest(signIn);
        const accountsBefore = await accounts();
        const res = await server.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }, { token: null });
        expect(res.errors?.length, `login ${JSON.stringify([username, password]).slice(0, 200)} was let in`).toBeGreaterThan(0);
        expectTyped('login', [username, password], res);
        expect(await digest(signIn), 'a refused sign-in changed the database').toBe(before);
        expect(await accounts(), 'a refused sign-in changed an account beyond its lock').toEqual(accountsBefore);
      }),
      { numRuns: RUNS * 2, seed: Number(process.env.FUZZ_SEED ?? 20261201), endOnFailure: true },
    );
  });

  it('changePassword: a wrong current password or a hostile new one is refused with a typed error and changes nothing', async () => {
    let token = await server.login('phien-b', 'Mat-khau-dai-2026');
    const current = fc.oneof({ weight: 2, arbitrary: fc.constant('Mat-khau-dai-2026') }, { weight: 3, arbitrary: texts });
    await fc.assert(
      fc.asyncProperty(current, texts, async (currentPassword, newPassword) => {
        const before = await digest(attempts);
        const res = await server.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }', { c: currentPassword, n: newPassword }, { token });
        if (!res.errors) {
          // a strong new password was accepted: change it back for the next run, with the session it returned
          token = res.data.changePassword.token;
          const back = await server.gql('mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "Mat-khau-dai-2026") { token } }', { c: newPassword }, { token });
          expect(back.errors).toBeUndefined();
          token = back.data.changePassword.token;
          return;
        }
        expectTyped('changePassword', [currentPassword, newPassword], res);
        expect(await digest(attempts), 'a refused password change changed the database').toBe(before);
      }),
      { numRuns: RUNS * 2, seed: Number(process.env.FUZZ_SEED ?? 20261201), endOnFailure: true },
    );
  });

  it('renewToken and logout: a forged, truncated or foreign token is UNAUTHENTICATED and changes nothing', async () => {
    const [head, body, signature] = real.split('.');
    const forged = fc.constantFrom(
      '', 'null', 'undefined', 'Bearer', 'abc', 'a.b.c', '...', `${head}.${body}`, `${head}.${body}.`, `${head}.${body}.${'A'.repeat(signature?.length ?? 43)}`,
      `${head}.${Buffer.from('{"sub":"1","roles":["ADMIN"]}').toString('base64url')}.${signature}`,
      `eyJhbGciOiJub25lIn0.${body}.`, real.slice(0, -2), `${real}x`, 'x'.repeat(8_000), "' OR 1=1 --",
    );
    await fc.assert(
      fc.asyncProperty(forged, fc.constantFrom('renewToken { token }', 'logout'), async (token, field) => {
        const before = await digest(attempts);
        const res = await server.gql(`mutation { ${field} }`, {}, { token });
        expect(res.errors?.map((e) => e.extensions.code), `${field} with ${token.slice(0, 80)}`).toEqual(['UNAUTHENTICATED']);
        expect(await digest(attempts)).toBe(before);
      }),
      { numRuns: RUNS * 2, seed: Number(process.env.FUZZ_SEED ?? 20261201), endOnFailure: true },
    );
    // and the real session still works after all that
    expect((await server.gql('mutation { renewToken { token } }', {}, { token: real })).errors).toBeUndefined();
  });
});
