import type { Client as Pg } from 'pg';
import {
  AccessReportDocument,
  AccessReportHtmlDocument,
  LogReportDocument,
  PortabilityExportDocument,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { insertCase, personFor } from '../rights-request/rights.support';

// Every fulfilment query × every demo principal × every tenant (DOMAIN.md §3): the controller's people and
// Eduro's staff processing the register (office, a coach of an assigned client, Eduro's DPO) prepare the
// material; referrers, trainers and administrators get FORBIDDEN.

const PREPARERS: Record<Tenant, User[]> = {
  'eduro-training': ['office', 'eduroDpo'],
  'eduro-guidance': ['coach', 'office', 'eduroDpo'],
  'rovaniemi-guidance': ['coach', 'office', 'eduroDpo', 'cityOfficer', 'cityDpo'],
};

let kaira: Kaira;
let owner: Pg;
const cases = new Map<string, string>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const coach = await idOf(owner, USERS.coach);
  const office = await idOf(owner, USERS.office);
  for (const slug of TENANTS) {
    const tid = kaira.registry.bySlug(slug)!.id;
    const personId = await personFor(owner, tid, slug === 'eduro-training' ? undefined : coach);
    for (const kind of ['access', 'log_report', 'portability']) {
      cases.set(`${slug}:${kind}`, await insertCase(owner, tid, office, { personId, kind }));
    }
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const OPERATIONS: Record<string, { doc: unknown; kind: string }> = {
  accessReport: { doc: AccessReportDocument, kind: 'access' },
  accessReportHtml: { doc: AccessReportHtmlDocument, kind: 'access' },
  logReport: { doc: LogReportDocument, kind: 'log_report' },
  portabilityExport: { doc: PortabilityExportDocument, kind: 'portability' },
};
const spec = Object.fromEntries(Object.keys(OPERATIONS).map((op) => [op, { allowed: (t: Tenant) => PREPARERS[t] }]));

test.each(matrixCases(spec))('$operation in $tenant as $user: allowed $allowed', async (c) => {
  const op = OPERATIONS[c.operation]!;
  await expectDecision(kaira, c, op.doc, { requestId: cases.get(`${c.tenant}:${op.kind}`) });
});
