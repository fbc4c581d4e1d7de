import type { AppClientConsentQuery, EntryKind } from '../../gql/graphql';
import { isMessageKey, type I18n } from '../../i18n/i18n';

export type ConsentCategory = AppClientConsentQuery['consentStatus']['categories'][number];

// The service's own entry categories, open without consent (tenant file: consentRequired false).
// The consent-gated ones come from consentStatus, with whether they are open now and why.
export const OPEN_CATEGORIES = ['assessment', 'coaching', 'statement'] as const;
export const ENTRY_KINDS: EntryKind[] = ['COACHING', 'ASSESSMENT', 'OBSERVATION', 'STATEMENT'];

export function categoryName(i18n: I18n, key: string, consent: readonly ConsentCategory[]): string {
  const messageKey = `category.${key}`;
  if (isMessageKey(messageKey)) return i18n.t(messageKey);
  const gated = consent.find((c) => c.category === key);
  return gated ? gated.name[i18n.lang] : key;
}

/** Why a consent-gated category takes no data now, in words, with the date of the deciding record. */
export function unavailableReason(i18n: I18n, c: ConsentCategory): string {
  if (c.reason === 'WITHDRAWN' && c.since) return i18n.t('consent.reason.WITHDRAWN', { date: i18n.date(c.since) });
  return i18n.t('consent.reason.NEVER_GIVEN');
}
