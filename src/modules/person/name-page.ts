import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors';
import { uuidArg } from '../../ids';
import { Person } from './person.entity';

// One page of a list of people (the register's people, a guidance register's clients): ordered by
// (last name, first name, id), searched by the beginning of a name, paged by keyset.

export interface NamePageArgs {
  first: number;
  after?: string | null;
  search?: string | null;
}

export interface NamePage {
  /** SQL conditions on the person table (aliased `alias`), the tenant named first. */
  conditions: string[];
  params: unknown[];
  /** The cursor: an id, so no name travels in a URL. */
  after: string | null;
}

/** The page's conditions, the arguments checked (BAD_USER_INPUT naming the argument). */
export function namePage(tenantId: string, args: NamePageArgs, alias = ''): NamePage {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200) throw badInput('first', 'must be 1–200');
  const after = args.after ? uuidArg('after', args.after) : null;
  const search = args.search?.trim();
  const conditions = [`${alias}tenant_id = ?`];
  const params: unknown[] = [tenantId];
  if (search) {
    const prefix = `${search.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(`(${alias}first_name ilike ? or ${alias}last_name ilike ?)`);
    params.push(prefix, prefix);
  }
  if (after) {
    conditions.push(
      `(${alias}last_name, ${alias}first_name, ${alias}id) >
        (select last_name, first_name, id from person where tenant_id = ? and id = ?)`,
    );
    params.push(tenantId, after);
  }
  return { conditions, params, after };
}

/** Refuses a cursor that is no person of the tenant (a page after it would silently be the first). */
export async function checkCursor(em: EntityManager, after: string | null): Promise<void> {
  if (after && !(await em.count(Person, { id: after }))) throw badInput('after', 'unknown cursor');
}
