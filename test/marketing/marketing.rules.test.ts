import type { Client } from 'pg';
import {
  ExpiringCardsDocument,
  MarketingAudienceDocument,
  MarketingOptOutDocument,
  RecordMarketingOptOutDocument,
  SendTrainingAnnouncementDocument,
  UnsubscribeDocument,
} from '../generated/graphql';
import { unsubscribeTokens } from '../../src/modules/marketing/link-token';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { cardTypeId } from '../training/training.support';
import { addCompany, addHolder } from './marketing.support';

// Every renewal and marketing operation × every demo principal × every tenant: allowed, or FORBIDDEN.
// Written out from DOMAIN.md §2.1 and §3: OFFICE runs renewals and announcements; opt-outs are recorded and
// read by OFFICE (an email request) and the controller's DPO (a rights request); a TRAINER and every other
// role, and every user in both guidance tenants, are refused. unsubscribe is public: the token decides.

const training = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? users : []);
const office = (t: Tenant) => training(t, ['office']);
const optOuts = (t: Tenant) => training(t, ['office', 'eduroDpo']);

let kaira: Kaira;
let owner: Client;
const NOBODY = '00000000-0000-4000-8000-0000000000aa';
const fixtures = new Map<Tenant, { person: string; type: string }>();

beforeAll(async () => {
  // The public operation is walked 27 times from one address; its limit has its own test (marketing.api).
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const tid = kaira.registry.bySlug('eduro-training')!.id;
  const company = await addCompany(owner, tid, 50, 'yhteys@yritys50.example.fi');
  const holder = await addHolder(owner, tid, { lastName: 'Markkinoitava', validForDays: 20, companyId: company });
  fixtures.set('eduro-training', { person: holder.personId, type: await cardTypeId(owner, tid, 'ttk') });
  fixtures.set('eduro-guidance', { person: NOBODY, type: NOBODY });
  fixtures.set('rovaniemi-guidance', { person: NOBODY, type: NOBODY });
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const f = (t: Tenant) => fixtures.get(t)!;

const operations = {
  expiringCards: { allowed: office, run: () => ({ doc: ExpiringCardsDocument, vars: { withinDays: 60 } }) },
  marketingAudience: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: MarketingAudienceDocument,
      vars: { input: { cardTypeId: f(t).type, expiringWithinDays: 60 } },
    }),
  },
  sendTrainingAnnouncement: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: SendTrainingAnnouncementDocument,
      vars: {
        input: {
          audience: { cardTypeId: f(t).type, expiringWithinDays: 60 },
          subject: 'TTK-kertaus',
          text: 'Tervetuloa',
        },
      },
    }),
  },
  marketingOptOut: {
    allowed: optOuts,
    run: (t: Tenant) => ({ doc: MarketingOptOutDocument, vars: { personId: f(t).person } }),
  },
  recordMarketingOptOut: {
    allowed: optOuts,
    run: (t: Tenant) => ({ doc: RecordMarketingOptOutDocument, vars: { input: { personId: f(t).person } } }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run('eduro-training');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-training' }))).toBe('UNAUTHENTICATED');
});

test('FORBIDDEN in a guidance tenant names the card-training register', async () => {
  const result = await kaira.gql(
    ExpiringCardsDocument,
    { withinDays: 30 },
    { token: await kaira.tokenFor(USERS.office), tenant: 'rovaniemi-guidance' },
  );
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.errors?.[0]?.message).toMatch(/card-training register/);
});

// Public: whoever asks, with whatever tenant header, an unknown link is NOT_FOUND and reveals nothing.
test.each(TENANTS.flatMap((tenant) => [null, ...Object.values(USERS)].map((user) => [tenant, user] as const)))(
  'unsubscribe in %s as %s: an unknown link is NOT_FOUND',
  async (tenant, user) => {
    const token = unsubscribeTokens.create(kaira.registry.bySlug('eduro-training')!.id).token;
    const result = await kaira.gql(
      UnsubscribeDocument,
      { input: { token } },
      { tenant, ...(user ? { token: await kaira.tokenFor(user) } : {}) },
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  },
);
