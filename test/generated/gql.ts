/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query People($first: Int, $after: ID, $search: String) {\n  people(first: $first, after: $after, search: $search) {\n    nodes {\n      id\n      firstName\n      lastName\n      email\n      phone\n      personalIdentityCodeMasked\n      identityCodeTemporary\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Person($id: ID!) {\n  person(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n  }\n}\n\nmutation RegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n    identityCodeTemporary\n  }\n}\n\nmutation UpdatePersonContact($input: UpdatePersonContactInput!) {\n  updatePersonContact(input: $input) {\n    id\n    email\n    phone\n  }\n}\n\nmutation RevealPersonalIdentityCode($input: RevealPersonalIdentityCodeInput!) {\n  revealPersonalIdentityCode(input: $input) {\n    personId\n    personalIdentityCode\n  }\n}': typeof types.PeopleDocument;
};
const documents: Documents = {
  'query People($first: Int, $after: ID, $search: String) {\n  people(first: $first, after: $after, search: $search) {\n    nodes {\n      id\n      firstName\n      lastName\n      email\n      phone\n      personalIdentityCodeMasked\n      identityCodeTemporary\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Person($id: ID!) {\n  person(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n  }\n}\n\nmutation RegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n    identityCodeTemporary\n  }\n}\n\nmutation UpdatePersonContact($input: UpdatePersonContactInput!) {\n  updatePersonContact(input: $input) {\n    id\n    email\n    phone\n  }\n}\n\nmutation RevealPersonalIdentityCode($input: RevealPersonalIdentityCodeInput!) {\n  revealPersonalIdentityCode(input: $input) {\n    personId\n    personalIdentityCode\n  }\n}':
    types.PeopleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query People($first: Int, $after: ID, $search: String) {\n  people(first: $first, after: $after, search: $search) {\n    nodes {\n      id\n      firstName\n      lastName\n      email\n      phone\n      personalIdentityCodeMasked\n      identityCodeTemporary\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Person($id: ID!) {\n  person(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n  }\n}\n\nmutation RegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n    identityCodeTemporary\n  }\n}\n\nmutation UpdatePersonContact($input: UpdatePersonContactInput!) {\n  updatePersonContact(input: $input) {\n    id\n    email\n    phone\n  }\n}\n\nmutation RevealPersonalIdentityCode($input: RevealPersonalIdentityCodeInput!) {\n  revealPersonalIdentityCode(input: $input) {\n    personId\n    personalIdentityCode\n  }\n}',
): (typeof documents)['query People($first: Int, $after: ID, $search: String) {\n  people(first: $first, after: $after, search: $search) {\n    nodes {\n      id\n      firstName\n      lastName\n      email\n      phone\n      personalIdentityCodeMasked\n      identityCodeTemporary\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nquery Person($id: ID!) {\n  person(id: $id) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n  }\n}\n\nmutation RegisterPerson($input: RegisterPersonInput!) {\n  registerPerson(input: $input) {\n    id\n    firstName\n    lastName\n    email\n    phone\n    personalIdentityCodeMasked\n    identityCodeTemporary\n  }\n}\n\nmutation UpdatePersonContact($input: UpdatePersonContactInput!) {\n  updatePersonContact(input: $input) {\n    id\n    email\n    phone\n  }\n}\n\nmutation RevealPersonalIdentityCode($input: RevealPersonalIdentityCodeInput!) {\n  revealPersonalIdentityCode(input: $input) {\n    personId\n    personalIdentityCode\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
