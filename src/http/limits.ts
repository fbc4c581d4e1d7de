import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type GraphQLField,
  type GraphQLSchema,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { KairaError, type ErrorCode } from '../errors';

// Limits on what one GraphQL document may ask for (issue 6 item 3), sized to schema/schema.graphql: every
// operation in the repository (test/**/*.graphql, schema/**/*.graphql) fits with room to spare, which
// test/api/limits.test.ts checks. They run as validation rules, so Apollo checks a document once and
// caches it: a repeated operation pays nothing.

export const LIMITS = {
  // The schema's deepest path is 5 (clients → nodes → servicePeriods → purchaser → name); the standard
  // introspection query (GraphiQL, codegen) is 15. A type cycle added later cannot be abused past 16.
  depth: 16,
  // Estimated fields the server may resolve: a page multiplies its selection by `first` (a variable counts as
  // the largest page, 200; its nodes/edges are that page), any other list by LIST_FACTOR. The largest test
  // operation, MyClients with 200 clients and their service periods, is about 35,000.
  cost: 100_000,
  aliases: 30,
  // Lexical tokens in the whole document (graphql-js stops parsing past it): bounds directives, arguments
  // and every other way of making a document expensive to parse.
  tokens: 3_000,
} as const;

const LARGEST_PAGE = 200;
const LIST_FACTOR = 10;

export interface DocumentMeasure {
  depth: number;
  cost: number;
  aliases: number;
}

/** Depth, cost and aliases of one operation, fragments expanded; a fragment cycle counts once (validation refuses it). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  let aliases = 0;

  // `paged`: the selection belongs to a field with `first`, whose lists (nodes, edges) are that page.
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLOutputType | null | undefined,
    seen: Set<string>,
    paged = false,
  ): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        const field = fieldOf(parent, selection);
        const page = pageSize(field, selection);
        const child = selection.selectionSet
          ? walk(selection.selectionSet, field?.type, seen, page !== undefined)
          : { depth: 0, cost: 0 };
        depth = Math.max(depth, child.depth + 1);
        cost += 1 + child.cost * (page ?? (!paged && isList(field) ? LIST_FACTOR : 1));
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
        if (!fragment || (name && seen.has(name))) continue;
        const typeName = fragment.typeCondition?.name.value;
        const type = typeName ? (schema.getType(typeName) as GraphQLOutputType | undefined) : parent;
        const child = walk(fragment.selectionSet, type, name ? new Set([...seen, name]) : seen, paged);
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      }
    }
    return { depth, cost };
  };
  const { depth, cost } = walk(operation.selectionSet, root, new Set());
  return { depth, cost, aliases };
}

function fieldOf(
  parent: GraphQLOutputType | null | undefined,
  node: FieldNode,
): GraphQLField<unknown, unknown> | undefined {
  const type = parent ? getNamedType(parent) : undefined;
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  return type.getFields()[node.name.value];
}

// A field with `first` (or `last`) returns a page of that many items: a literal, else the largest page.
function pageSize(field: GraphQLField<unknown, unknown> | undefined, node: FieldNode): number | undefined {
  const first = field?.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!first) return undefined;
  const arg = node.arguments?.find((a) => a.name.value === first.name);
  if (!arg) return typeof first.defaultValue === 'number' ? first.defaultValue : LARGEST_PAGE;
  if (arg.value.kind === Kind.INT) return Math.min(Number(arg.value.value), LARGEST_PAGE);
  return LARGEST_PAGE;
}

function isList(field: GraphQLField<unknown, unknown> | undefined): boolean {
  if (!field) return false;
  return isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
}

/** One validation rule for depth, cost and aliases: each limit refused with its own code. */
export function operationLimitsRule(limits: typeof LIMITS = LIMITS): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const measured = measureOperation(context.getSchema(), context.getDocument(), operation);
      const refuse = (code: ErrorCode, message: string) =>
        context.reportError(
          new GraphQLError(message, { nodes: [operation], originalError: new KairaError(code, message) }),
        );
      if (measured.depth > limits.depth)
        refuse('QUERY_TOO_DEEP', `the operation is nested ${measured.depth} levels deep; at most ${limits.depth}`);
      if (measured.aliases > limits.aliases)
        refuse('TOO_MANY_ALIASES', `the operation uses ${measured.aliases} aliases; at most ${limits.aliases}`);
      if (measured.cost > limits.cost)
        refuse(
          'QUERY_TOO_COMPLEX',
          `the operation could resolve about ${measured.cost} fields; at most ${limits.cost}: ask for smaller pages`,
        );
    },
  });
}

// graphql-js 16 words it "more that N tokens".
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

/**
 * The code a limit error really has. Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED
 * and the parser's token limit as GRAPHQL_PARSE_FAILED; the client gets the limit's own code instead.
 */
export function limitCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof KairaError) {
    return original.extensions.code as ErrorCode;
  }
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return 'TOO_MANY_TOKENS';
  }
  return undefined;
}
