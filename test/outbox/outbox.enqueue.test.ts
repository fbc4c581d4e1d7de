import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { KairaError } from '../../src/errors';
import { enqueueMessage, type NewMessage } from '../../src/modules/outbox/outbox.service';
import { Person } from '../../src/modules/person/person.entity';
import { newPersonValues } from '../../src/modules/person/person.service';
import { testConfig } from '../support/env';
import { openOutboxWorld, type OutboxWorld } from './outbox-support';

// enqueueMessage: the caller's transaction decides whether a message exists; bad input is
// BAD_USER_INPUT naming the field (never quoting the value) and writes nothing.
let world: OutboxWorld;
beforeAll(async () => {
  world = await openOutboxWorld();
});
afterAll(() => world.close());

const SLUG = 'eduro-training';

function inTenant<T>(work: (em: EntityManager) => Promise<T>, slug = SLUG): Promise<T> {
  return TenantTransaction.within(world.orm, { tenantId: world.tenantId(slug), userId: null }, work);
}

function message(overrides: Partial<NewMessage> = {}): NewMessage {
  return {
    tenantId: world.tenantId(SLUG),
    to: 'aino.virtanen@example.fi',
    subject: 'Ilmoittautuminen vastaanotettu',
    text: 'Hei Aino',
    purpose: 'enrolment-confirmation',
    ...overrides,
  };
}

/** Enqueues in a transaction that commits even when enqueueMessage throws; returns the error. */
async function rejection(overrides: Partial<NewMessage>): Promise<KairaError> {
  return inTenant(async (em) => {
    try {
      await enqueueMessage(em, message(overrides));
    } catch (error) {
      return error as KairaError;
    }
    throw new Error('expected enqueueMessage to refuse the message');
  });
}

test.each([
  '',
  '   ',
  'not-an-address',
  'aino@localhost',
  'Aino Virtanen <aino@example.fi>',
  'aino@example.fi, matti@example.fi',
  'aino,matti@example.fi',
  'aino@exa mple.fi',
  'aino@-example-.fi',
  'aino..virtanen@example.fi',
  `${'a'.repeat(65)}@example.fi`,
])('to %j is BAD_USER_INPUT naming the field, and nothing is written', async (to) => {
  const error = await rejection({ to });
  expect(error).toBeInstanceOf(KairaError);
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
  if (to.trim()) expect(error.message).not.toContain(to);
  expect(await world.rows(SLUG)).toEqual([]);
});

test('the caller names its own field for the address (e.g. the enrolment form’s email)', async () => {
  const error = await rejection({ to: 'no address', toField: 'email' });
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
});

test.each([
  [{ subject: '' }, 'subject'],
  [{ subject: 'Kutsu\r\nBcc: someone@example.fi' }, 'subject'],
  [{ subject: 'x'.repeat(251) }, 'subject'],
  [{ text: ' ' }, 'text'],
  [{ html: ' ' }, 'html'],
])('%j is BAD_USER_INPUT naming %s', async (overrides, field) => {
  const error = await rejection(overrides);
  expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  expect(await world.rows(SLUG)).toEqual([]);
});

test('an internationalised domain is stored in its ASCII form; the message is written in the caller’s transaction', async () => {
  const id = await inTenant(async (em) => {
    const row = await enqueueMessage(em, message({ to: ' Pekka.Poro@Pöllö.FI ' }));
    // Written at once: the caller's later statements in the same transaction see it.
    const [seen] = await em.execute<Array<{ n: string }>>('select count(*) as n from outbox_message where id = ?', [
      row.id,
    ]);
    expect(Number(seen!.n)).toBe(1);
    return row.id;
  });
  expect(await world.row(SLUG, id)).toMatchObject({
    to_address: 'Pekka.Poro@xn--pll-snac.fi',
    status: 'queued',
    attempts: 0,
    purpose: 'enrolment-confirmation',
  });
  await inTenant((em) => em.execute('delete from outbox_message'));
});

test('outside a transaction enqueueMessage refuses: the message would outlive failed work', async () => {
  await expect(enqueueMessage(world.orm.em.fork(), message())).rejects.toThrow(/transaction/);
});

test('a purpose is a lower-case code (it is logged), not free text', async () => {
  await expect(inTenant((em) => enqueueMessage(em, message({ purpose: 'Kutsu Aino Virtaselle' })))).rejects.toThrow(
    /purpose/,
  );
});

test('the person reference stays in the tenant, and erasing the person removes their messages', async () => {
  const keys = testConfig().keys;
  const personIn = (slug: string): Promise<string> =>
    inTenant(async (em) => {
      const values = newPersonValues(keys, world.tenantId(slug), { firstName: 'Aino', lastName: 'Outbox' });
      em.create(Person, values);
      await em.flush();
      return values.id;
    }, slug);
  const own = await personIn(SLUG);
  const foreign = await personIn('eduro-guidance');

  // Another tenant's person: the composite foreign key refuses it at commit.
  const crossTenant = inTenant((em) => enqueueMessage(em, message({ personId: foreign })));
  await expect(crossTenant).rejects.toMatchObject({ code: '23503' });

  const id = await inTenant(async (em) => (await enqueueMessage(em, message({ personId: own }))).id);
  expect(await world.row(SLUG, id)).toMatchObject({ person_id: own });
  await inTenant((em) => em.execute('delete from person where id = ?', [own]));
  expect(await world.rows(SLUG)).toEqual([]);
});
