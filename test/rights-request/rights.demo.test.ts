import { RightsRequestQueueDocument, RightsRequestsDocument } from '../generated/graphql';
import { startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';

// The demo (rights.demo.ts) gives every tenant cases in both queues, so the queues can be tried out locally.

let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(async () => {
  await kaira?.close();
});

test.each(TENANTS)('%s has an overdue case, a case due soon and a completed one', async (tenant) => {
  const options = { token: await kaira.tokenFor(USERS.office), tenant };
  const overdue = await kaira.gql(RightsRequestQueueDocument, { queue: 'OVERDUE' }, options);
  expect(overdue.data?.rightsRequestQueue).toHaveLength(1);
  const soon = await kaira.gql(RightsRequestQueueDocument, { queue: 'DUE_SOON', withinDays: 7 }, options);
  expect(soon.data?.rightsRequestQueue).toHaveLength(1);
  const all = await kaira.gql(RightsRequestsDocument, {}, options);
  expect(all.data?.rightsRequests.map((r) => r.status).sort()).toEqual([
    'COMPLETED',
    'IN_PROGRESS',
    'RECEIVED',
    'RECEIVED',
  ]);
});
