import { buildSchema, introspectionFromSchema, isEnumType, type IntrospectionSchema } from 'graphql';
import sdl from '../../../schema/schema.graphql?raw';

/**
 * The API's schema as committed (generated from the server and checked in CI), so the panel
 * needs no introspection round trip at start-up and fails to build against a schema it does
 * not match.
 */
export const schema = buildSchema(sdl);

/** The same schema in the introspection shape ra-data-graphql reads. */
export const introspectionSchema: IntrospectionSchema = introspectionFromSchema(schema).__schema;

/** The values of a GraphQL enum, in schema order. */
export function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}

/** The argument names of a mutation: what may be sent to it. */
export function mutationArgs(name: string): Set<string> {
  const field = schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`The schema has no mutation ${name}`);
  return new Set(field.args.map((a) => a.name));
}
