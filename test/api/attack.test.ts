import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/demo/seed.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * No request stalls the server: under an attack of the costliest query the limits admit, sent
 * back to back by two clients, `{ me }` still answers within 200 ms (its median, with the ratio
 * to an idle server reported). The attack lasts ATTACK_SECONDS (10 here; the issue's 30 with
 * ATTACK_SECONDS=30).
 */
const SECONDS = Number(process.env.ATTACK_SECONDS ?? 10);
const ATTACKERS = 2;

let server: TestServer;
/** HR of the demo reads both trees (2023 and today's): the attacker with the widest reach. */
let token: string;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  token = await server.login('noivu', DEMO_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

async function timed(query: string): Promise<{ ms: number; ok: boolean; code?: string }> {
  const started = performance.now();
  const res = await server.gql(query, {}, { token });
  return { ms: performance.now() - started, ok: !res.errors, code: res.errors?.[0]?.extensions.code };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function meLatencies(count: number, pauseMs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push((await timed('{ me { id username } }')).ms);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return out;
}

describe('an attack of the worst admitted query', () => {
  it(`leaves { me } answering within 200 ms (${SECONDS} s, ${ATTACKERS} clients)`, async () => {
    const cycles = (await server.gql('{ allEvaluationCycles(perPage: 10) { id } }', {}, { token })).data.allEvaluationCycles.map((c: { id: string }) => c.id);
    const evaluations = (await server.gql('{ allEvaluations(perPage: 300) { id } }', {}, { token })).data.allEvaluations.map((e: { id: string }) => e.id);
    const root = (await server.gql('{ allUnits(filter: { parentId: null }, perPage: 1, sortField: "id") { id } }', {}, { token })).data.allUnits[0]?.id ?? '1';
    // the largest of each kind that the limits admit (60,000)
    const candidates: Record<string, string> = {
      lists: `{ ${aliases(6, 'allTaskEvents(perPage: 1000) { id at action field before after reason taskId actorOfficialId }')} }`,
      tasks: `{ ${aliases(3, 'allTasks(perPage: 1000) { id title description state deadline percentDone leadUnit { id name } responsibleOfficial { id fullName } assignees { id } coordinatingUnits { id } }')} }`,
      summaries: `{ ${aliases(29, `taskSummary(unitId: ${root}) { total }`)} }`,
      counts: `{ ${aliases(59, '_allTaskEventsMeta { count }')} }`,
      exports: `{ ${aliases(5, `evaluationExport(cycleId: ${cycles[0]}) { fileName }`)} }`,
      forms: `{ ${evaluations.slice(0, 290).map((id: string, i: number) => `f${i}: evaluationForm(id: ${id})`).join(' ')} }`,
      ranking: `{ ${aliases(29, `indicatorRanking(unitId: ${root}, year: 2025, periodKind: YEAR, periodNumber: 0) { rank }`)} }`,
    };
    const measured: Record<string, number> = {};
    for (const [name, query] of Object.entries(candidates)) {
      const run = await timed(query);
      expect(run.code, `${name} should be admitted`).toBeUndefined();
      measured[name] = Math.round(run.ms);
    }
    const worst = Object.entries(measured).sort((a, b) => b[1] - a[1])[0][0];

    const idle = median(await meLatencies(20, 20));
    let stop = false;
    let attacks = 0;
    const attackers = Array.from({ length: ATTACKERS }, async () => {
      while (!stop) {
        await server.gql(candidates[worst], {}, { token });
        attacks += 1;
      }
    });
    const underAttack: number[] = [];
    const until = Date.now() + SECONDS * 1000;
    while (Date.now() < until) underAttack.push(...(await meLatencies(1, 100)));
    stop = true;
    await Promise.all(attackers);

    const busy = median(underAttack);
    const p90 = [...underAttack].sort((a, b) => a - b)[Math.floor(underAttack.length * 0.9)];
    console.log(JSON.stringify({ measured, worst, attacks, idleMs: Math.round(idle), underAttackMs: Math.round(busy), p90Ms: Math.round(p90), maxMs: Math.round(Math.max(...underAttack)), ratio: Math.round((busy / idle) * 10) / 10, probes: underAttack.length }));
    expect(attacks).toBeGreaterThan(0);
    expect(busy).toBeLessThan(200);
  }, 120_000);
});
