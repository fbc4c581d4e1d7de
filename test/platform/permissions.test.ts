import 'reflect-metadata';
import { isObjectType } from 'graphql';
import { buildBareSchema, permissions } from '../../src/schema';

// Every field of every object type has an explicit rule (the shield denies the rest, but a field
// nobody thought about is a field nobody reviewed). The snapshot makes any permission change visible
// in review, as a diff of this file's snapshot.

type AnyRule = { name?: string; constructor: { name: string }; getRules?: () => AnyRule[] };

function describeRule(rule: AnyRule): string {
  switch (rule.constructor.name) {
    case 'RuleTrue':
      return 'allow';
    case 'RuleFalse':
      return 'deny';
    case 'RuleAnd':
    case 'RuleOr':
    case 'RuleChain':
    case 'RuleRace':
    case 'RuleNot':
      return `${rule.constructor.name.slice(4).toLowerCase()}(${rule.getRules!().map(describeRule).join(', ')})`;
    default:
      return rule.name!;
  }
}

const schema = buildBareSchema();
const rules = permissions() as Record<string, AnyRule | Record<string, AnyRule>>;
const isRule = (value: unknown): value is AnyRule =>
  typeof value === 'object' && value !== null && ('resolve' in value || 'getRules' in value);

function ruleFor(type: string, field: string): AnyRule | undefined {
  const forType = rules[type];
  if (!forType) return undefined;
  if (isRule(forType)) return forType;
  return (forType as Record<string, AnyRule>)[field];
}

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && !type.name.startsWith('__'),
);

test('every field of every object type has an explicit, named rule', () => {
  const unguarded: string[] = [];
  const unnamed: string[] = [];
  for (const type of objectTypes) {
    if (!isObjectType(type)) continue;
    for (const field of Object.keys(type.getFields())) {
      const rule = ruleFor(type.name, field);
      if (!rule) unguarded.push(`${type.name}.${field}`);
      else if (/^[0-9a-f-]{36}$/.test(describeRule(rule))) unnamed.push(`${type.name}.${field}`);
    }
  }
  expect(unguarded).toEqual([]);
  expect(unnamed).toEqual([]);
});

test('no rule names a type or field the schema does not have', () => {
  const stale: string[] = [];
  for (const [typeName, forType] of Object.entries(rules)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    if (isRule(forType)) continue;
    for (const field of Object.keys(forType)) if (!type.getFields()[field]) stale.push(`${typeName}.${field}`);
  }
  expect(stale).toEqual([]);
});

test('the permission map (review every change to this snapshot)', () => {
  const map: Record<string, string> = {};
  for (const root of ['Query', 'Mutation']) {
    const type = schema.getType(root);
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.keys(type.getFields()).sort()) {
      map[`${root}.${field}`] = describeRule(ruleFor(root, field)!);
    }
  }
  expect(map).toMatchSnapshot();
});
