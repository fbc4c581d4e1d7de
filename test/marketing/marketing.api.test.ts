import type { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import { unsubscribeTokens } from '../../src/modules/marketing/link-token';
import {
  ExpiringCardsDocument,
  MarketingAudienceDocument,
  MarketingOptOutDocument,
  RecordMarketingOptOutDocument,
  SendTrainingAnnouncementDocument,
  UnsubscribeDocument,
} from '../generated/graphql';
import { MAIL_FROM, startSmtpSink, type SmtpSink } from '../outbox/outbox-support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { cardTypeId, count } from '../training/training.support';
import {
  addCompany,
  addHolder,
  addObjection,
  addRestriction,
  logEntries,
  tokenIn,
  type Holder,
} from './marketing.support';

// Renewal and marketing (issue 3 item 9): the audience leaves out everyone who opted out, objected or is
// restricted; the announcement really goes over SMTP, one message per recipient with its own unsubscribe
// link; the link works once and takes effect at once; staff record an opt-out the same way.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Client;
let tid: string;
let office: string;
let tieturva: string;
let company: string;
const people: Record<string, Holder> = {};

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = kaira.registry.bySlug(tenant)!.id;
  office = await kaira.tokenFor(USERS.office);
  // Tieturva 2: no demo card of this type, so the audience is exactly the people added here.
  tieturva = await cardTypeId(owner, tid, 'tieturva-2');
  company = await addCompany(owner, tid, 1, 'yhteys@yritys1.example.fi');
  const holder = (lastName: string, validForDays: number | null, email?: string | null) =>
    addHolder(owner, tid, { lastName, validForDays, companyId: company, cardType: 'tieturva-2', email });
  people.plain = await holder('Tavallinen', 20);
  people.later = await holder('Myohemmin', 200);
  people.expired = await holder('Vanhentunut', -5);
  people.optedOut = await holder('Kieltaytynyt', 25);
  people.objectsPending = await holder('Vastustaa', 30);
  people.objectsRejected = await holder('Hylatty', 30);
  people.profiling = await holder('Profilointi', 30);
  people.restricted = await holder('Rajoitettu', 30);
  people.liftedRestriction = await holder('Purettu', 30);
  people.noEmail = await holder('Eiosoitetta', 30, null);
  // Passes the person form's check but not the outbox's (a comma could reach the SMTP envelope).
  people.badEmail = await holder('Pilkku', 30, 'pilkku,osoite@example.fi');
  people.renewed = await holder('Uusinut', 10);
  await addHolder(owner, tid, {
    lastName: 'Uusinut',
    personId: people.renewed.personId,
    validForDays: 1800,
    companyId: company,
    cardType: 'tieturva-2',
  });
  await addObjection(owner, tid, people.optedOut.personId, 'direct_marketing', 'upheld');
  await addObjection(owner, tid, people.objectsPending.personId, 'processing', 'pending');
  await addObjection(owner, tid, people.objectsRejected.personId, 'processing', 'rejected');
  await addObjection(owner, tid, people.profiling.personId, 'profiling', 'upheld');
  await addRestriction(owner, tid, people.restricted.personId);
  await addRestriction(owner, tid, people.liftedRestriction.personId, true);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const asOffice = { tenant, token: '' };
beforeEach(() => {
  asOffice.token = office;
});

const audience = async (expiringWithinDays: number | null) => {
  const result = await kaira.gql(
    MarketingAudienceDocument,
    { input: { cardTypeId: tieturva, expiringWithinDays } },
    asOffice,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.marketingAudience;
};

describe('expiring cards', () => {
  test('lists the latest card of each person expiring within the days, soonest first, and use-logs it', async () => {
    const result = await kaira.gql(ExpiringCardsDocument, { withinDays: 31, cardTypeId: tieturva }, asOffice);
    expect(result.errors).toBeUndefined();
    const cards = result.data!.expiringCards;
    const ids = cards.map((c) => c.personId);
    expect(ids).toContain(people.plain!.personId);
    // Renewed already (a later card of the type), expired, or expiring later: not on the list; nor is a person
    // whose data is restricted (stored, not otherwise processed). Opt-outs are: renewal is not marketing.
    for (const p of [people.renewed, people.expired, people.later, people.restricted]) {
      expect(ids).not.toContain(p!.personId);
    }
    expect(ids).toContain(people.optedOut!.personId);
    expect(cards.map((c) => c.validUntil)).toEqual([...cards.map((c) => c.validUntil)].sort());
    const log = await logEntries(owner, tid, 'use_log', people.plain!.personId);
    expect(log.at(-1)).toMatchObject({ operation: 'expiringCards', basis: 'ADMINISTRATION' });
  });

  test('a day count outside 1–730 is BAD_USER_INPUT naming it', async () => {
    const result = await kaira.gql(ExpiringCardsDocument, { withinDays: 0 }, asOffice);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
  });
});

describe('the audience', () => {
  test('leaves out opt-outs, objectors (pending or upheld, processing or profiling), restricted people, no sendable email', async () => {
    // Within 31 days: plain, optedOut, objectsPending, objectsRejected, profiling, restricted, liftedRestriction,
    // noEmail, badEmail match; only plain, objectsRejected and liftedRestriction remain.
    expect(await audience(31)).toEqual({ size: 3, excluded: 6 });
    // Every holder of the type (expired and renewed too).
    expect(await audience(null)).toEqual({ size: 6, excluded: 6 });
  });

  test('an unknown card type is BAD_USER_INPUT', async () => {
    const result = await kaira.gql(
      MarketingAudienceDocument,
      { input: { cardTypeId: '00000000-0000-4000-8000-000000000001', expiringWithinDays: 30 } },
      asOffice,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audience.cardTypeId' });
  });
});

describe('an announcement over SMTP, then the unsubscribe link', () => {
  let smtp: SmtpSink;
  let tokens: Map<string, string>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
  });

  const deliver = async () => {
    const delivery = new OutboxDelivery({
      orm: kaira.orm,
      registry: kaira.registry,
      logger: createLogger('silent'),
      config: { smtpUrl: smtp.url, mailFrom: MAIL_FROM },
    });
    await delivery.deliverDue();
    await delivery.stop();
  };

  test('one message per recipient, each only to them, each with its own link; the send is use-logged', async () => {
    const result = await kaira.gql(
      SendTrainingAnnouncementDocument,
      {
        input: {
          audience: { cardTypeId: tieturva, expiringWithinDays: 31 },
          subject: 'Tieturva 2 -kertauskoulutus tammikuussa',
          text: 'Korttisi vanhenee pian. Ilmoittaudu kertauskoulutukseen 15.1.',
        },
      },
      asOffice,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.sendTrainingAnnouncement.recipientCount).toBe(3);
    await deliver();
    const mails = smtp.received.filter((r) => r.mail.subject === 'Tieturva 2 -kertauskoulutus tammikuussa');
    expect(mails).toHaveLength(3);
    const expected = [people.plain, people.objectsRejected, people.liftedRestriction].map((p) => p!.email!);
    expect(mails.flatMap((m) => m.envelopeTo).sort()).toEqual([...expected].sort());
    tokens = new Map();
    for (const { envelopeTo, mail } of mails) {
      expect(envelopeTo).toHaveLength(1);
      // No other recipient in any header, no Cc or Bcc.
      const headers = JSON.stringify([...mail.headers.entries()]);
      for (const other of expected.filter((e) => e !== envelopeTo[0])) expect(headers).not.toContain(other);
      expect(mail.cc).toBeUndefined();
      expect(mail.text).toContain('Ilmoittaudu kertauskoulutukseen');
      expect(mail.text).toContain(`${kaira.config.publicUrl}/unsubscribe/kun_${tid}.`);
      tokens.set(envelopeTo[0]!, tokenIn(mail.text!, 'unsubscribe'));
    }
    expect(new Set(tokens.values()).size).toBe(3);
    const log = await logEntries(owner, tid, 'use_log', people.plain!.personId);
    expect(log.at(-1)).toMatchObject({
      operation: 'sendTrainingAnnouncement',
      reason: `direct marketing: training announcement ${result.data!.sendTrainingAnnouncement.announcementId}`,
    });
    expect(log.at(-1)!.personIds).toHaveLength(3);
    // Only the hash of each token is stored, and the outbox keeps no body once sent.
    expect(await count(owner, tid, 'marketing_unsubscribe_link', 'token_hash = any($1)', [[...tokens.values()]])).toBe(
      0,
    );
    expect(
      await count(owner, tid, 'outbox_message', "purpose = 'training-announcement' and text_body is not null"),
    ).toBe(0);
  });

  test('the link works once and takes effect at once; an unknown link is NOT_FOUND', async () => {
    const token = tokens.get(people.plain!.email!)!;
    const first = await kaira.gql(UnsubscribeDocument, { input: { token } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.unsubscribe).toEqual({
      registerName: expect.any(String),
      controllerName: 'Eduro-säätiö',
    });
    expect(await audience(31)).toEqual({ size: 2, excluded: 7 });
    const optOut = await kaira.gql(MarketingOptOutDocument, { personId: people.plain!.personId }, asOffice);
    expect(optOut.data!.marketingOptOut).toMatchObject({ optedOut: true, channel: 'UNSUBSCRIBE_LINK' });

    expect(codeOf(await kaira.gql(UnsubscribeDocument, { input: { token } }))).toBe('TOKEN_USED');
    const unknown = unsubscribeTokens.create(tid).token;
    expect(codeOf(await kaira.gql(UnsubscribeDocument, { input: { token: unknown } }))).toBe('NOT_FOUND');
    expect(codeOf(await kaira.gql(UnsubscribeDocument, { input: { token: 'kun_nonsense' } }))).toBe('NOT_FOUND');
  });

  test('the same link sent twice at once opts out once: one success, one TOKEN_USED, one objection', async () => {
    const person = people.liftedRestriction!;
    const token = tokens.get(person.email!)!;
    // A copy of the link for this race: the original stays for the later tests.
    const { token: copy, hash } = unsubscribeTokens.create(tid);
    await inTenant(
      owner,
      tid,
      () =>
        owner.query(
          `insert into marketing_unsubscribe_link (id, tenant_id, person_id, announcement_id, token_hash)
           select gen_random_uuid(), tenant_id, person_id, announcement_id, $2 from marketing_unsubscribe_link
            where token_hash = $1`,
          [unsubscribeTokens.hash(token), hash],
        ),
      { commit: true },
    );
    const results = await Promise.all([1, 2].map(() => kaira.gql(UnsubscribeDocument, { input: { token: copy } })));
    expect(results.map(codeOf).sort()).toEqual(['TOKEN_USED', undefined]);
    expect(
      await count(owner, tid, 'objection', "person_id = $1 and kind = 'direct_marketing'", [person.personId]),
    ).toBe(1);
    // Undo for the later tests: this person is still in the audience there.
    await inTenant(owner, tid, () => owner.query('delete from objection where person_id = $1', [person.personId]), {
      commit: true,
    });
  });

  test('a link naming a guidance tenant is NOT_FOUND, whatever the header says', async () => {
    const guidance = kaira.registry.bySlug('eduro-guidance')!.id;
    const forged = unsubscribeTokens.create(guidance).token;
    const result = await kaira.gql(UnsubscribeDocument, { input: { token: forged } }, { tenant });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  test('the page: GET changes nothing and shows a button, POST opts out, a used link is 410', async () => {
    const token = tokens.get(people.objectsRejected!.email!)!;
    const url = `${kaira.server.url.replace('/graphql', '')}/unsubscribe/${token}`;
    const view = await fetch(url);
    expect(view.status).toBe(200);
    expect(view.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await view.text();
    expect(page).toContain('<html lang="fi">');
    expect(page).toContain('<form method="post">');
    // Nothing about the person: not their name, not their address.
    expect(page).not.toContain('Hylatty');
    expect(page).not.toContain(people.objectsRejected!.email!);
    expect(await audience(31)).toEqual({ size: 2, excluded: 7 });

    const post = await fetch(url, { method: 'POST' });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('Tiedotteet on peruttu');
    expect(await audience(31)).toEqual({ size: 1, excluded: 8 });
    expect((await fetch(url, { method: 'POST' })).status).toBe(410);
    expect((await fetch(`${kaira.server.url.replace('/graphql', '')}/unsubscribe/nonsense`)).status).toBe(404);
  });

  test('an opt-out withdraws an announcement still waiting in the outbox', async () => {
    // First-aid holders of their own, so the Tieturva audience above stays as it is.
    const ea1 = await cardTypeId(owner, tid, 'ea1');
    // One at a time: the owner's connection runs one transaction at a time.
    const holders: Holder[] = [];
    for (let i = 0; i < 3; i++) {
      holders.push(
        await addHolder(owner, tid, { lastName: 'Jonossa', validForDays: 15, companyId: company, cardType: 'ea1' }),
      );
    }
    const [staffOptOut, linkOptOut, stays] = holders;
    const before = smtp.received.length;
    const sent = await kaira.gql(
      SendTrainingAnnouncementDocument,
      { input: { audience: { cardTypeId: ea1, expiringWithinDays: 31 }, subject: 'EA1-kertaus', text: 'Tervetuloa' } },
      asOffice,
    );
    expect(sent.data!.sendTrainingAnnouncement.recipientCount).toBe(3);
    // Staff record one opt-out; the other person's link is copied from the queued message (not yet sent).
    expect(
      (await kaira.gql(RecordMarketingOptOutDocument, { input: { personId: staffOptOut!.personId } }, asOffice)).errors,
    ).toBeUndefined();
    const [queued] = await inTenant(owner, tid, async () => {
      const { rows } = await owner.query<{ text_body: string }>(
        `select text_body from outbox_message where person_id = $1 and status = 'queued'`,
        [linkOptOut!.personId],
      );
      return rows;
    });
    const link = await kaira.gql(UnsubscribeDocument, { input: { token: tokenIn(queued!.text_body, 'unsubscribe') } });
    expect(link.errors).toBeUndefined();
    await deliver();
    expect(smtp.received.slice(before).map((r) => r.envelopeTo)).toEqual([[stays!.email]]);
  });

  test('a later announcement skips everyone who opted out', async () => {
    const before = smtp.received.length;
    const result = await kaira.gql(
      SendTrainingAnnouncementDocument,
      { input: { audience: { cardTypeId: tieturva, expiringWithinDays: 31 }, subject: 'Toinen', text: 'Tervetuloa' } },
      asOffice,
    );
    expect(result.data!.sendTrainingAnnouncement.recipientCount).toBe(1);
    await deliver();
    expect(smtp.received.slice(before).map((r) => r.envelopeTo)).toEqual([[people.liftedRestriction!.email]]);
  });
});

describe('staff record an opt-out', () => {
  test('effective at once, idempotent, an upheld direct-marketing objection by staff', async () => {
    const person = people.liftedRestriction!.personId;
    const first = await kaira.gql(RecordMarketingOptOutDocument, { input: { personId: person } }, asOffice);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordMarketingOptOut).toMatchObject({ optedOut: true, channel: 'STAFF' });
    expect(await audience(31)).toEqual({ size: 0, excluded: 9 });
    const again = await kaira.gql(RecordMarketingOptOutDocument, { input: { personId: person } }, asOffice);
    expect(again.data!.recordMarketingOptOut.since).toBe(first.data!.recordMarketingOptOut.since);
    expect(
      await count(
        owner,
        tid,
        'objection',
        "person_id = $1 and kind = 'direct_marketing' and status = 'upheld' and channel = 'staff'",
        [person],
      ),
    ).toBe(1);
  });

  test('an unknown person is NOT_FOUND; a bad id BAD_USER_INPUT', async () => {
    const unknown = '00000000-0000-4000-8000-000000000002';
    expect(codeOf(await kaira.gql(RecordMarketingOptOutDocument, { input: { personId: unknown } }, asOffice))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await kaira.gql(RecordMarketingOptOutDocument, { input: { personId: 'x' } }, asOffice))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('bad announcement input writes nothing', () => {
  test.each([
    ['subject', { subject: ' ', text: 'x' }],
    ['subject', { subject: 'two\nlines', text: 'x' }],
    ['text', { subject: 'ok', text: '' }],
  ])('%s', async (field, patch) => {
    const before = await count(owner, tid, 'marketing_announcement');
    const result = await kaira.gql(
      SendTrainingAnnouncementDocument,
      { input: { audience: { cardTypeId: tieturva, expiringWithinDays: 31 }, ...patch } },
      asOffice,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(owner, tid, 'marketing_announcement')).toBe(before);
  });
});

test('the unsubscribe operation is rate-limited per address, and its page shares the window', async () => {
  // The limiter's windows live in PostgreSQL, shared with this file's other server: start from an empty one.
  await owner.query(`delete from rate_limit_bucket where bucket = 'unsubscribe.address'`);
  const limited = await startKaira({ env: { KAIRA_PUBLIC_RATE_LIMIT: '3' } });
  try {
    const token = unsubscribeTokens.create(tid).token;
    const codes = [];
    for (let i = 0; i < 2; i++) codes.push(codeOf(await limited.gql(UnsubscribeDocument, { input: { token } })));
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const page = await fetch(limited.server.url.replace('/graphql', `/unsubscribe/${token}`));
    expect(page.status).toBe(404);
    expect(codeOf(await limited.gql(UnsubscribeDocument, { input: { token } }))).toBe('RATE_LIMITED');
    expect((await fetch(limited.server.url.replace('/graphql', `/unsubscribe/${token}`))).status).toBe(429);
  } finally {
    await limited.close();
  }
});
