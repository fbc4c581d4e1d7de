import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMessage } from '../outbox/outbox.service';
import type { Tenant } from '../tenant/tenant.entity';
import type { CheckedEnrolment } from './enrolment.validation';

// The confirmation email of the public form, queued in the enrolment's own transaction (it exists only if
// the enrolment commits). In Finnish; it names the session, its time and place, and never the
// henkilötunnus. It goes to the address given on the form, and says nothing the form did not.

export interface SessionRow {
  id: string;
  starts_at: string;
  ends_at: string;
  place: string;
  capacity: number;
  started: boolean;
  card_type_name: string;
}

const HELSINKI = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const HELSINKI_TIME = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  hour: '2-digit',
  minute: '2-digit',
});

/** "ti 1.12.2026 klo 09.00–16.00" in Finnish time. */
export function sessionTime(startsAt: Date, endsAt: Date): string {
  return `${HELSINKI.format(startsAt)}–${HELSINKI_TIME.format(endsAt)}`;
}

export async function sendConfirmation(
  em: EntityManager,
  tenant: Tenant,
  session: SessionRow,
  form: CheckedEnrolment,
  personId: string,
): Promise<void> {
  const when = sessionTime(new Date(session.starts_at), new Date(session.ends_at));
  await enqueueMessage(em, {
    tenantId: tenant.id,
    to: form.email,
    toField: 'email',
    subject: `Ilmoittautuminen vastaanotettu: ${session.card_type_name}`,
    text: [
      `Hei ${form.firstName},`,
      '',
      `ilmoittautumisesi koulutukseen ${session.card_type_name} on vastaanotettu.`,
      '',
      `Aika: ${when}`,
      `Paikka: ${session.place}`,
      '',
      'Ota mukaan kuvallinen henkilöllisyystodistus: henkilöllisyys tarkistetaan koulutuksessa.',
      'Jos et ilmoittautunut itse, vastaa tähän viestiin.',
      '',
      tenant.registerName,
    ].join('\n'),
    purpose: 'enrolment-confirmation',
    personId,
  });
}
