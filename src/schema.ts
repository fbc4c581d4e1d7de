import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
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
  const schema = buildBareSchema();
  const rules = permissions() as Record<string, unknown>;
  const middleware = shield(rules as IRules, {
    fallbackRule: deny,
    fallbackError: () => forbidden(),
    allowExternalErrors: true,
    debug: false,
  }).generate(schema) as Record<string, Record<string, unknown>>;
  // A field whose rule is `allow` needs no middleware: leaving it unwrapped keeps scalar fields of large
  // lists synchronous (50 people × 4 fields would otherwise each await a rule that is always true).
  for (const [type, fields] of Object.entries(middleware)) {
    for (const field of Object.keys(fields)) {
      const forType = rules[type];
      const rule =
        forType === allow || isRule(forType) ? forType : (forType as Record<string, unknown> | undefined)?.[field];
      if (rule === allow) delete fields[field];
    }
  }
  return applyMiddleware(schema, middleware as never);
}
