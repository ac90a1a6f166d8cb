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
