import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from '../../server/src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is what the server generates (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });

  it('follows ra-data-graphql-simple naming for every resource', async () => {
    const sdl = await printAppSchema();
    for (const type of ['Unit', 'Official', 'OfficialAssignment', 'Document', 'Directive', 'Task']) {
      for (const op of [`all${type}s(`, `_all${type}sMeta(`, `${type}(id: ID!)`, `create${type}(`, `update${type}(`, `delete${type}(id: ID!)`]) {
        expect(sdl, op).toContain(op);
      }
    }
  });
});
