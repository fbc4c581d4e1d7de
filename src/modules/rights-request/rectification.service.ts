import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { optionalEmail, optionalPhone, requiredText } from '../person/person.validation';
import { notifyEarlierRecipients } from './art19';
import type { RectifyPersonInput } from './rights-request.inputs';
import { isOpen, loadCase, matchedPerson, requireVerifiedIdentity, toRightsRequest } from './rights-request.rows';
import { recordCaseRead } from './rights-request.service';
import type { Rectification } from './rights-request.types';

// GDPR 16: the controller rectifies inaccurate data on the person's request (DOMAIN.md §3: in
// rovaniemi-guidance only the city). The earlier values are kept in person_revision with the reason
// (DOMAIN.md §2.2: corrections keep the earlier content), and the earlier recipients are told (GDPR 19).
// Basic data only: the henkilötunnus is corrected by registering it anew (its lookup and encryption are
// bound to it); entries are corrected as new versions by their authors (entry.service.ts).

type Field = 'first_name' | 'last_name' | 'email' | 'phone';

function changes(input: RectifyPersonInput): Partial<Record<Field, string | null>> {
  const out: Partial<Record<Field, string | null>> = {};
  if (input.firstName != null) out.first_name = requiredText('firstName', input.firstName, 100);
  if (input.lastName != null) out.last_name = requiredText('lastName', input.lastName, 100);
  // An empty email or phone clears it.
  if (input.email != null) out.email = optionalEmail('email', input.email);
  if (input.phone != null) out.phone = optionalPhone('phone', input.phone);
  return out;
}

const API_NAME: Record<Field, string> = {
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  phone: 'phone',
};

export async function rectifyPerson(ctx: RequestContext, input: RectifyPersonInput): Promise<Rectification> {
  const reason = requiredText('reason', input.reason, 500, 5);
  const wanted = changes(input);
  if (Object.keys(wanted).length === 0) throw badInput('input', 'name at least one field to rectify');
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (found.kind !== 'rectification') throw badInput('requestId', 'not a rectification request');
  if (!isOpen(found)) throw conflict('the request has been decided');
  const personId = matchedPerson(found);
  requireVerifiedIdentity(found);
  const changed = await ctx.tx.run(async (em) => {
    const [person] = await em.execute<Array<Record<Field, string | null>>>(
      'select first_name, last_name, email, phone from person where id = ? for update',
      [personId],
    );
    if (!person) throw notFound('person');
    const fields = (Object.keys(wanted) as Field[]).filter((f) => wanted[f] !== person[f]);
    if (fields.length === 0) return [];
    const previous = Object.fromEntries(fields.map((f) => [API_NAME[f], person[f]]));
    await em.execute(
      `insert into person_revision (id, tenant_id, person_id, changed_by, reason, previous)
       values (?, kaira.current_tenant_id(), ?, ?, ?, ?::jsonb)`,
      [randomUUID(), personId, userId, `${reason} (rights request ${found.id})`, JSON.stringify(previous)],
    );
    await em.execute(`update person set ${fields.map((f) => `${f} = ?`).join(', ')}, updated_at = now() where id = ?`, [
      ...fields.map((f) => wanted[f]),
      personId,
    ]);
    return fields;
  });
  const outcome = changed.length
    ? await notifyEarlierRecipients(ctx, personId, 'rectification')
    : { notified: 0, withoutAddress: [] };
  await recordCaseRead(ctx, [found], 'rectifyPerson');
  return {
    request: toRightsRequest(found),
    changedFields: changed.map((f) => API_NAME[f]),
    notifiedRecipients: outcome.notified,
  };
}
