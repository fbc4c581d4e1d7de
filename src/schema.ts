import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { forbidden } from './errors';
import { modules } from './modules';

/** The schema as type-graphql builds it from the modules, before authorization is applied. */
export function buildBareSchema(): GraphQLSchema {
  const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as NonEmptyArray<Function>;
  return buildSchemaSync({ resolvers, validate: false, emitSchemaFile: false });
}

/** Every module's rules, merged per type. A type or field no module names is denied. */
export function permissions(): IRules {
  const merged: Record<string, Record<string, unknown> | unknown> = {};
  for (const { rules } of modules) {
    for (const [type, rule] of Object.entries(rules as Record<string, unknown>)) {
      const existing = merged[type];
      if (existing && typeof existing === 'object' && typeof rule === 'object' && !isRule(existing) && !isRule(rule)) {
        merged[type] = { ...existing, ...(rule as object) };
      } else if (existing) {
        throw new Error(`rules for ${type} are defined by two modules`);
      } else {
        merged[type] = rule;
      }
    }
  }
  return merged as IRules;
}

function isRule(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'resolve' in value;
}

/** The served schema: default deny, FORBIDDEN with a code, and service errors passed through with theirs. */
export function buildSchema(): GraphQLSchema {
  return applyMiddleware(
    buildBareSchema(),
    shield(permissions(), {
      fallbackRule: deny,
      fallbackError: () => forbidden(),
      allowExternalErrors: true,
      debug: false,
    }),
  );
}
