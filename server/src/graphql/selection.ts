import type { GraphQLResolveInfo } from 'graphql';

/**
 * True when a relation field is asked for its id alone, as react-admin's lists do: the id is
 * already on the parent row, so nothing needs loading.
 */
export function onlyIdRequested(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every((s) => s.kind === 'Field' && (s.name.value === 'id' || s.name.value === '__typename')),
  );
}

/** A relation field: its id alone when that is all the client asked for, else the row through a loader. */
export function related<T>(info: GraphQLResolveInfo, id: number | null, loader: { load(id: number): Promise<T> }): { id: number } | Promise<T> | null {
  if (id === null) return null;
  return onlyIdRequested(info) ? { id } : loader.load(id);
}
