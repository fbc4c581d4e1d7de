import { useI18n } from '../../i18n/i18n';
import type { Membership } from '../../session/membership';

/** Whom the user acts for in this register: the controller itself, or the processor on its behalf. */
export function ActsForText({ membership }: { membership: Membership }) {
  const { t } = useI18n();
  const params = { organisation: membership.organisation.name, controller: membership.tenant.controller.name };
  return <>{t(`actsFor.${membership.actsFor}`, params)}</>;
}
