import type { GraphQLResolveInfo, SelectionNode } from 'graphql';

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

/** True when the client asks, on the rows of this field, for any of the named fields (fragments included). */
export function requestsAny(info: GraphQLResolveInfo, names: string[]): boolean {
  const wanted = new Set(names);
  const visit = (selections: readonly SelectionNode[]): boolean => selections.some((s) => {
    if (s.kind === 'Field') return wanted.has(s.name.value);
    if (s.kind === 'InlineFragment') return visit(s.selectionSet.selections);
    const fragment = info.fragments[s.name.value];
    return fragment ? visit(fragment.selectionSet.selections) : true;
  });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}
