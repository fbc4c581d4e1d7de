import type { Client } from 'pg';
import { composeIdentityCode } from '../../src/modules/person/personal-identity-code';
import { RecordParticipantDocument, type RecordParticipantInput } from '../generated/graphql';
import { inTenant } from '../isolation/sql';
import { USERS, type Kaira } from '../support/kaira';
import { at, cardTypeId } from './training.support';

// Fixtures for the participants' records: sessions of any card type (inserted as the owner, optionally
// taught by the demo trainer) and walk-in participants recorded through the API.

/** A valid henkilötunnus per n, distinct from the demo's and the enrolment tests' codes. */
export const walkInCode = (n: number): string => composeIdentityCode('240392', '-', 300 + n);

/** A session of the card type, `days` from now (negative: past), taught by the demo trainer if `taught`. */
export async function sessionOf(
  owner: Client,
  tenantId: string,
  code: string,
  options: { taught?: boolean; capacity?: number; days?: number } = {},
): Promise<string> {
  const typeId = await cardTypeId(owner, tenantId, code);
  return inTenant(
    owner,
    tenantId,
    async () => {
      const days = options.days ?? 1;
      const { rows } = await owner.query<{ id: string }>(
        `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language,
                                       delivery_mode, capacity, created_by)
         select gen_random_uuid(), $1, $2, $3, $4, 'Eduro, Rovaniemi', 'fi', 'classroom', $5,
                (select id from user_account where email = $6)
         returning id`,
        [tenantId, typeId, at(days, 6), at(days, 13), options.capacity ?? 20, USERS.office],
      );
      const id = rows[0]!.id;
      if (options.taught) {
        await owner.query(
          `insert into session_trainer (id, tenant_id, session_id, trainer_user_id, assigned_by)
           select gen_random_uuid(), $1, $2, t.id, o.id from user_account t, user_account o
            where t.email = $3 and o.email = $4`,
          [tenantId, id, USERS.trainer, USERS.office],
        );
      }
      return id;
    },
    { commit: true },
  );
}

export function walkInInput(sessionId: string, n: number, patch: Partial<RecordParticipantInput> = {}) {
  return {
    sessionId,
    firstName: 'Onni',
    lastName: `Paikalla${n}`,
    personalIdentityCode: walkInCode(n),
    email: `paikalla${n}@example.fi`,
    mobile: '+358 40 765 4321',
    company: {
      name: 'Lapin Rakennus Oy',
      businessId: '1508035-7',
      contactName: 'Pekka Yhteyshenkilö',
      contactEmail: 'pekka@rakennus.example.fi',
      contactPhone: '+358 9 123 456',
      billingEmail: 'laskut@rakennus.example.fi',
    },
    position: 'Asentaja',
    ...patch,
  } satisfies RecordParticipantInput;
}

/** Records walk-in participant n on the session as the user; returns the enrolment and person ids. */
export async function walkIn(
  kaira: Kaira,
  sessionId: string,
  n: number,
  user: keyof typeof USERS = 'office',
): Promise<{ enrolmentId: string; personId: string }> {
  const result = await kaira.gql(
    RecordParticipantDocument,
    { input: walkInInput(sessionId, n) },
    { token: await kaira.tokenFor(USERS[user]), tenant: 'eduro-training' },
  );
  if (!result.data) throw new Error(`walk-in failed: ${JSON.stringify(result.errors)}`);
  return { enrolmentId: result.data.recordParticipant.enrolmentId, personId: result.data.recordParticipant.person.id };
}
