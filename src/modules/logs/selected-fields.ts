import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The field names selected under `path` (e.g. ['nodes']) of the current field: what the use log
 * records as "which data" was read. Follows fragments; ignores __typename.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): string[] {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    sets = collect(info, sets).flatMap(([name, node]) => (name === step && node ? [node] : []));
  }
  return [...new Set(collect(info, sets).map(([name]) => name))].filter((n) => n !== '__typename').sort();
}

function collect(info: GraphQLResolveInfo, sets: SelectionSetNode[]): Array<[string, SelectionSetNode | undefined]> {
  const out: Array<[string, SelectionSetNode | undefined]> = [];
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) out.push([selection.name.value, selection.selectionSet]);
      else if (selection.kind === Kind.INLINE_FRAGMENT) out.push(...collect(info, [selection.selectionSet]));
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) out.push(...collect(info, [fragment.selectionSet]));
      }
    }
  }
  return out;
}
