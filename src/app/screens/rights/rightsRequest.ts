import type { AppRightsRequestRowFragment, RightsRequestStatus } from '../../gql/graphql';

export type RightsRequestRow = AppRightsRequestRowFragment;

export const STATUSES: RightsRequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REFUSED'];

export const isOpen = (r: { status: RightsRequestStatus }): boolean =>
  r.status === 'RECEIVED' || r.status === 'IN_PROGRESS';

/** Where a case stands against its deadline; Kaira's rightsRequestQueue decides which are overdue. */
export type Urgency = 'overdue' | 'dueSoon' | null;

export function urgencyOf(id: string, overdue: ReadonlySet<string>, dueSoon: ReadonlySet<string>): Urgency {
  if (overdue.has(id)) return 'overdue';
  if (dueSoon.has(id)) return 'dueSoon';
  return null;
}
