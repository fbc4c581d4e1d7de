import { useI18n } from '../../i18n/i18n';
import type { Urgency } from './rightsRequest';

/** Overdue or due soon, in words and with a sign, never by colour alone. */
export function DueBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  if (urgency === 'overdue') {
    return (
      <span className="badge badge-overdue" data-testid="overdue">
        <span aria-hidden="true">⚠ </span>
        {t('rights.overdue')}
      </span>
    );
  }
  if (urgency === 'dueSoon') {
    return (
      <span className="badge badge-due-soon">
        <span aria-hidden="true">◷ </span>
        {t('rights.dueSoon')}
      </span>
    );
  }
  return null;
}
