import type { RegisterKind } from '../tenant/tenant.entity';
import { registerMap, type DataLocation } from '../person-data/person-data-map';

// From the person-data map to the steps kaira.erase_person_data carries out. Per table:
// - rows narrowed to a category (an entry's category) are deleted when the category is erased;
// - a table whose every mapped category is erased loses the person's rows;
// - otherwise the erased categories' columns are cleared, if they may be null; if not, the category is
//   kept because it shares a record with one that stays;
// - rows reached through another table either go with it (statement releases, survey answers: cascades) or
//   are shared (a company, a message to several clients) and go only when nobody else refers to them.
// The person row itself goes only in a complete erasure; until then its name identifies what is kept.

export type PlanStep =
  | { op: 'delete'; table: string; filter?: { column: string; values: string[] } }
  | { op: 'clear'; table: string; columns: string[] }
  | { op: 'orphans'; table: string; via: string; column: string };

export interface ErasurePlan {
  steps: PlanStep[];
  /** Category → the steps that erase it (indexes into steps). */
  stepsOf: Map<string, number[]>;
  /** Categories the plan cannot erase without erasing another that stays, with the reason. */
  blocked: Map<string, string>;
}

/** Category and record keys of the register's map: what an erasure and a hold may name. */
export function erasableKeys(kind: RegisterKind): string[] {
  const map = registerMap(kind);
  return [...map.categories, ...map.records].map((c) => c.key);
}

const CATEGORY_WHERE = /^t\.([a-z_]+) = '([A-Za-z0-9_-]+)'$/;
const CHILD_LINK = /^j\.id = t\.[a-z_]+$/; // t is a child of the via row: it goes with it (cascade)
const SHARED_LINK = /^j\.([a-z_]+) = t\.id$/; // t is referred to by the via rows: shared, deleted when orphaned

/**
 * The steps erasing `erase` (keys) while `keep` stays. `notNull` tells which columns cannot be cleared.
 * A complete erasure (nothing kept) also deletes the person row, in the SQL function.
 */
export function planErasure(
  kind: RegisterKind,
  erase: ReadonlySet<string>,
  keep: ReadonlySet<string>,
  notNull: (table: string, column: string) => boolean,
): ErasurePlan {
  const map = registerMap(kind);
  const entries = [...map.categories, ...map.records];
  const plan: ErasurePlan = { steps: [], stepsOf: new Map(), blocked: new Map() };
  const add = (key: string, step: PlanStep) => {
    plan.steps.push(step);
    plan.stepsOf.set(key, [...(plan.stepsOf.get(key) ?? []), plan.steps.length - 1]);
  };
  // Which categories keep a whole-row location in each table (no category filter).
  const wholeRow = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const loc of entry.locations) {
      if (loc.link.kind !== 'via' && !loc.where) {
        wholeRow.set(loc.table, new Set([...(wholeRow.get(loc.table) ?? []), entry.key]));
      }
    }
  }
  const deletedTables = new Set<string>();
  for (const [table, keys] of wholeRow) {
    if (table !== 'person' && [...keys].every((k) => erase.has(k))) deletedTables.add(table);
  }
  for (const entry of entries) {
    if (!erase.has(entry.key)) continue;
    plan.stepsOf.set(entry.key, []);
    for (const loc of entry.locations) {
      const blocked = stepFor(entry.key, loc);
      if (blocked) plan.blocked.set(entry.key, blocked);
    }
  }
  return plan;

  // Adds the location's step; returns why it cannot be erased, if so.
  function stepFor(key: string, loc: DataLocation): string | undefined {
    if (loc.link.kind === 'via') {
      if (CHILD_LINK.test(loc.link.on)) {
        const parentGoes = deletedTables.has(loc.link.via) || entryFilteredTable(loc.link.via);
        return parentGoes ? undefined : `kept with the ${loc.link.via} records it belongs to, which stay`;
      }
      const shared = SHARED_LINK.exec(loc.link.on);
      if (!shared) return `no erasure path for ${loc.table}`;
      if (!deletedTables.has(loc.link.via)) {
        return `shared ${loc.table} record, linked through ${loc.link.via} records that stay`;
      }
      const holder = entries.find((e) => keep.has(e.key) && e.locations.some((l) => l.table === loc.table));
      if (holder) return `the ${loc.table} record also holds ${holder.key}, which is kept`;
      if (!plan.steps.some((s) => s.op === 'orphans' && s.table === loc.table)) {
        add(key, { op: 'orphans', table: loc.table, via: loc.link.via, column: shared[1]! });
      }
      return undefined;
    }
    if (loc.where) {
      const filter = CATEGORY_WHERE.exec(loc.where);
      if (!filter) return `no erasure path for ${loc.table}`;
      add(key, { op: 'delete', table: loc.table, filter: { column: filter[1]!, values: [filter[2]!] } });
      return undefined;
    }
    if (deletedTables.has(loc.table)) {
      if (!plan.steps.some((s) => s.op === 'delete' && s.table === loc.table && !s.filter)) {
        add(key, { op: 'delete', table: loc.table });
      } else {
        plan.stepsOf
          .get(key)!
          .push(plan.steps.findIndex((s) => s.op === 'delete' && s.table === loc.table && !s.filter));
      }
      return undefined;
    }
    if (loc.table === 'person' && keep.size === 0) return undefined; // the person row goes whole (SQL function)
    const stuck = loc.columns.filter((c) => notNull(loc.table, c));
    if (stuck.length > 0) return `stored in the same ${loc.table} record as data that is kept`;
    add(key, { op: 'clear', table: loc.table, columns: [...loc.columns] });
    return undefined;
  }

  // The via table's rows of this person go by a category filter (guidance entries): children go with them
  // only for the erased categories, which is what the location's own category says.
  function entryFilteredTable(table: string): boolean {
    return entries.some((e) => erase.has(e.key) && e.locations.some((l) => l.table === table && l.where));
  }
}
