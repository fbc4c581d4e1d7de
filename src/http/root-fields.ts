import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The root fields an operation selects, through inline fragments and fragment spreads too:
 * `mutation { ... on Mutation { login(…) } }` runs login as surely as `mutation { login(…) }`, so every
 * check keyed on root fields (rate limits, code guessing) must see it. A field under @skip/@include is
 * counted as selected: a limit may only err on the strict side.
 */
export function rootFieldNodes(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNodes(selection.selectionSet, document, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = document.definitions.find(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
    );
    return fragment ? rootFieldNodes(fragment.selectionSet, document, seen) : [];
  });
}
