import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { appSchema } from '../../server/src/graphql/schema.js';

/** A public operation must be a visible decision: every entry point carries its access rule. */
describe('access rules', () => {
  it('are declared on every query and mutation, in the built schema', async () => {
    const schema = await appSchema();
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        const access = field.extensions?.access as { roles?: unknown; why?: string } | undefined;
        if (!access?.roles || !access.why) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are declared on every field resolver', async () => {
    const schema = await appSchema();
    const storage = getMetadataStorage();
    const missing = storage.fieldResolvers
      .map((r) => {
        const typeName = storage.objectTypes.find((o) => o.target === (r.getObjectType?.() ?? r.objectTypeClass))?.name ?? '?';
        const type = schema.getType(typeName) as { getFields?: () => Record<string, { extensions?: Record<string, unknown> }> } | undefined;
        const field = type?.getFields?.()[r.schemaName];
        return field?.extensions?.access ? null : `${typeName}.${r.schemaName}`;
      })
      .filter(Boolean);
    expect(storage.fieldResolvers.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('make login the only operation open without an account', async () => {
    const schema = await appSchema();
    const open = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((t) => Object.values(t.getFields()))
      .filter((f) => (f.extensions?.access as { roles: unknown }).roles === 'PUBLIC')
      .map((f) => f.name);
    expect(open).toEqual(['login']);
  });
});
