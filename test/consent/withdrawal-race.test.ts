import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { AddEntryDocument, WithdrawConsentDocument } from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { idOf, tenantId } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// DOMAIN.md §2.2 and issue 4 item 4: a withdrawal takes effect at once — from that moment no new data of
// the withdrawn category is accepted. Consent changes and consent-gated writes serialise on the person's
// row (consent-state.ts), so no entry of the category is ever recorded after the withdrawal's recorded_at.

const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let tid: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantId(kaira, tenant);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async () => ({ token: await kaira.tokenFor(USERS.coach), tenant });
const withdraw = async (personId: string) =>
  kaira.gql(
    WithdrawConsentDocument,
    { input: { personId, categories: ['employment'], evidence: 'race W' } },
    await as(),
  );
const write = async (personId: string, n: number) =>
  kaira.gql(
    AddEntryDocument,
    { input: { personId, kind: 'COACHING', category: 'employment', content: `Employment note ${n}.` } },
    await as(),
  );

/** The withdrawal's recorded_at and the employment entries' created_at, as the owner. */
async function timeline(personId: string) {
  return inTenant(owner, tid, async () => {
    const withdrawal = await owner.query<{ at: string }>(
      "select recorded_at::text as at from consent_record where person_id = $1 and action = 'withdraw'",
      [personId],
    );
    const after = await owner.query<{ n: string }>(
      `select count(*) as n from guidance_entry e where e.person_id = $1 and e.category = 'employment'
          and e.created_at >= (select recorded_at from consent_record
                                where person_id = $1 and action = 'withdraw')`,
      [personId],
    );
    const entries = await owner.query<{ n: string }>(
      "select count(*) as n from guidance_entry where person_id = $1 and category = 'employment'",
      [personId],
    );
    return {
      withdrawals: withdrawal.rows.length,
      entriesAfterWithdrawal: Number(after.rows[0]!.n),
      entries: Number(entries.rows[0]!.n),
    };
  });
}

test('withdrawal and writes of the category fired together, many times: never an entry after the withdrawal', async () => {
  const outcomes = { written: 0, refused: 0 };
  for (let round = 0; round < 40; round++) {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    // Three writes and the withdrawal in flight at once; the withdrawal goes first, in the middle or last.
    const writes: Array<ReturnType<typeof write>> = [];
    let withdrawal: ReturnType<typeof withdraw> | undefined;
    for (let slot = 0; slot < 4; slot++) {
      if (slot === round % 4) withdrawal = withdraw(personId);
      if (slot < 3) writes.push(write(personId, slot));
    }
    expect((await withdrawal!).errors).toBeUndefined();
    const entryResults = await Promise.all(writes);
    for (const result of entryResults) {
      if (result.errors) expect(codeOf(result)).toBe('CONSENT_REQUIRED');
    }
    const written = entryResults.filter((r) => !r.errors).length;
    outcomes.written += written;
    outcomes.refused += entryResults.length - written;

    const state = await timeline(personId);
    expect(state).toEqual({ withdrawals: 1, entriesAfterWithdrawal: 0, entries: written });
    // And from the moment the withdrawal answered, the category is closed.
    expect(codeOf(await write(personId, 9))).toBe('CONSENT_REQUIRED');
  }
  // Both outcomes happen (otherwise the test raced nothing).
  expect(outcomes.written).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
});

describe('the interleavings, held open deterministically with a raw transaction as the app role', () => {
  let app: Client;
  beforeEach(async () => {
    app = await connect(kaira.db.appUrl);
  });
  afterEach(async () => {
    await app.end();
  });

  const pending = async (promise: Promise<unknown>, ms = 300): Promise<boolean> =>
    Promise.race([promise.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), ms))]);

  test('a write in flight (holding the consent lock) finishes first; the withdrawal waits and is recorded after it', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const coach = await idOf(owner, USERS.coach);
    await app.query('begin');
    await app.query("select set_config('kaira.tenant_id', $1, true)", [tid]);
    await app.query('select 1 from person where id = $1 for share', [personId]);
    const id = randomUUID();
    await app.query(
      `insert into guidance_entry (id, tenant_id, person_id, kind, category, content, version, first_version_id, author_id)
       values ($1, $2, $3, 'coaching', 'employment', 'In flight.', 1, $1, $4)`,
      [id, tid, personId, coach],
    );
    const withdrawal = withdraw(personId);
    expect(await pending(withdrawal)).toBe(true); // waits for the write's transaction
    await app.query('commit');
    expect((await withdrawal).errors).toBeUndefined();
    expect(await timeline(personId)).toEqual({ withdrawals: 1, entriesAfterWithdrawal: 0, entries: 1 });
  });

  test('a withdrawal in flight (holding the lock for update) makes a write wait, then refuses it', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const coach = await idOf(owner, USERS.coach);
    await app.query('begin');
    await app.query("select set_config('kaira.tenant_id', $1, true)", [tid]);
    await app.query('select 1 from person where id = $1 for update', [personId]);
    await app.query(
      `insert into consent_record (id, tenant_id, person_id, action, categories, evidence, recorded_by)
       values ($1, $2, $3, 'withdraw', '{employment}', 'in flight', $4)`,
      [randomUUID(), tid, personId, coach],
    );
    const entry = write(personId, 1);
    expect(await pending(entry)).toBe(true); // waits for the withdrawal's transaction
    await app.query('commit');
    expect(codeOf(await entry)).toBe('CONSENT_REQUIRED');
    expect(await timeline(personId)).toEqual({ withdrawals: 1, entriesAfterWithdrawal: 0, entries: 0 });
  });
});
