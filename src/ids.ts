import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument from a client: a UUID, or BAD_USER_INPUT naming the field. */
export function uuidArg(field: string, value: string): string {
  if (!UUID.test(value)) throw badInput(field, 'not a valid id');
  return value.toLowerCase();
}

/** Ids (already checked) as one PostgreSQL array literal for `= any(?::uuid[])`: the driver would spread a JS array. */
export function uuidArrayLiteral(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
