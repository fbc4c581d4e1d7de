/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
};

/** Whether the principal's organisation is the tenant's controller, its processor, or another party */
export type ActsFor = 'CONTROLLER' | 'OTHER_PARTY' | 'PROCESSOR';

/** A signed-in session: a short-lived access token and a single-use refresh token */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer …` */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** Use once with refreshSession; a reused token ends the session */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** Käyttöloki (use log) or luovutusloki (disclosure log) */
export type LogName = 'DISCLOSURE_LOG' | 'USE_LOG';

/** The result of re-computing a log's hash chain */
export type LogVerification = {
  __typename?: 'LogVerification';
  /** Sequence number of the first broken link */
  brokenAt?: Maybe<Scalars['Int']['output']>;
  /** Entries checked before the first broken link (all of them when intact) */
  checked: Scalars['Int']['output'];
  intact: Scalars['Boolean']['output'];
  log: LogName;
  problem?: Maybe<Scalars['String']['output']>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The signed-in principal */
export type Me = {
  __typename?: 'Me';
  /** The membership in the tenant this request names */
  current?: Maybe<TenantMembership>;
  memberships: Array<TenantMembership>;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sign in with email and password */
  login: AuthPayload;
  /** End the current session: its access and refresh tokens stop working */
  logout: Scalars['Boolean']['output'];
  /** Exchange a refresh token (once) for new tokens */
  refreshSession: AuthPayload;
  /** Add a person to the register */
  registerPerson: Person;
  /** Show the full henkilötunnus for a stated purpose (use-logged) */
  revealPersonalIdentityCode: RevealedIdentityCode;
  /** Change contact details; the earlier values are kept with the reason */
  updatePersonContact: Person;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};

export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};

export type MutationRevealPersonalIdentityCodeArgs = {
  input: RevealPersonalIdentityCodeInput;
};

export type MutationUpdatePersonContactArgs = {
  input: UpdatePersonContactInput;
};

/** An organisation: controller, processor or purchaser */
export type Organisation = {
  __typename?: 'Organisation';
  /** Y-tunnus */
  businessId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['ID']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A data subject: a trainee or a client */
export type Person = {
  __typename?: 'Person';
  createdAt: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The henkilötunnus is a temporary code (individual number 900–999) */
  identityCodeTemporary: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** Henkilötunnus with the individual part hidden; revealPersonalIdentityCode shows it whole */
  personalIdentityCodeMasked?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user, their memberships, and the membership in the named tenant */
  me: Me;
  /** The register's people, by name; every person returned is use-logged */
  people: PersonConnection;
  /** One person; the read is use-logged */
  person: Person;
  /** Who used a person's data in a period (käyttöloki); this read is logged too */
  personUseLog: Array<UseLogEntry>;
  /** Re-computes the tenant's log hash chains */
  verifyLogs: Array<LogVerification>;
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPersonUseLogArgs = {
  from: Scalars['DateTimeISO']['input'];
  personId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

/** Which register a tenant runs */
export type RegisterKind = 'CARD_TRAINING' | 'GUIDANCE';

export type RegisterPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Henkilötunnus, all 11 characters as written */
  personalIdentityCode?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RevealPersonalIdentityCodeInput = {
  personId: Scalars['ID']['input'];
  /** Why the full code is needed; written to the use log */
  purpose: Scalars['String']['input'];
};

export type RevealedIdentityCode = {
  __typename?: 'RevealedIdentityCode';
  personId: Scalars['ID']['output'];
  /** Henkilötunnus, all 11 characters */
  personalIdentityCode: Scalars['String']['output'];
};

/** What a member may do in a tenant (DOMAIN.md §3) */
export type Role = 'ADMIN' | 'COACH' | 'CONTROLLER_OFFICER' | 'DPO' | 'INTEGRATION' | 'OFFICE' | 'REFERRER' | 'TRAINER';

/** One register under one controller */
export type Tenant = {
  __typename?: 'Tenant';
  /** Rekisterinpitäjä: decides on the data */
  controller: Organisation;
  /** Henkilötietojen käsittelijä: processes on the controller’s behalf */
  processor?: Maybe<Organisation>;
  registerKind: RegisterKind;
  /** Register name as in its privacy notice (Finnish) */
  registerName: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** A user's roles in one tenant */
export type TenantMembership = {
  __typename?: 'TenantMembership';
  /** Whether that organisation is the tenant's controller or its processor */
  actsFor: ActsFor;
  /** The organisation the user acts for in this tenant */
  organisation: Organisation;
  roles: Array<Role>;
  tenant: Tenant;
};

export type UpdatePersonContactInput = {
  /** New email; null clears it; omitted keeps it */
  email?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** New phone; null clears it; omitted keeps it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Why the data changes; kept with the earlier content */
  reason: Scalars['String']['input'];
};

/** Who read which data of a person, when, and on what basis */
export type UseLogEntry = {
  __typename?: 'UseLogEntry';
  actorOrganisationId: Scalars['ID']['output'];
  actorRoles: Array<Role>;
  actorUserId: Scalars['ID']['output'];
  basis: Scalars['String']['output'];
  data: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  operation: Scalars['String']['output'];
  /** The persons whose data the operation read */
  personIds: Array<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
};

/** A staff user */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type PeopleQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;

export type PeopleQuery = {
  __typename?: 'Query';
  people: {
    __typename?: 'PersonConnection';
    nodes: Array<{
      __typename?: 'Person';
      id: string;
      firstName: string;
      lastName: string;
      email?: string | null;
      phone?: string | null;
      personalIdentityCodeMasked?: string | null;
      identityCodeTemporary: boolean;
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type PersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type PersonQuery = {
  __typename?: 'Query';
  person: {
    __typename?: 'Person';
    id: string;
    firstName: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    personalIdentityCodeMasked?: string | null;
  };
};

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;

export type RegisterPersonMutation = {
  __typename?: 'Mutation';
  registerPerson: {
    __typename?: 'Person';
    id: string;
    firstName: string;
    lastName: string;
    email?: string | null;
    phone?: string | null;
    personalIdentityCodeMasked?: string | null;
    identityCodeTemporary: boolean;
  };
};

export type UpdatePersonContactMutationVariables = Exact<{
  input: UpdatePersonContactInput;
}>;

export type UpdatePersonContactMutation = {
  __typename?: 'Mutation';
  updatePersonContact: { __typename?: 'Person'; id: string; email?: string | null; phone?: string | null };
};

export type RevealPersonalIdentityCodeMutationVariables = Exact<{
  input: RevealPersonalIdentityCodeInput;
}>;

export type RevealPersonalIdentityCodeMutation = {
  __typename?: 'Mutation';
  revealPersonalIdentityCode: { __typename?: 'RevealedIdentityCode'; personId: string; personalIdentityCode: string };
};

export const PeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'People' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identityCodeTemporary' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Person' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const RegisterPersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterPerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterPersonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identityCodeTemporary' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const UpdatePersonContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePersonContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePersonContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePersonContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePersonContactMutation, UpdatePersonContactMutationVariables>;
export const RevealPersonalIdentityCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevealPersonalIdentityCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevealPersonalIdentityCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealPersonalIdentityCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevealPersonalIdentityCodeMutation, RevealPersonalIdentityCodeMutationVariables>;
