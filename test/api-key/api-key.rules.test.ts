import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
  StaffBillingExportDocument,
  StaffServicePeriodReportDocument,
} from '../generated/graphql';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { daysFromNow } from '../training/training.support';

// Key management and the integration reports × every demo principal × every tenant. Written out from
// DOMAIN.md §3, not derived from the rules under test: ADMIN manages "memberships and keys" of the tenant
// it is a member of; OFFICE handles billing in the card-training register; the controller's officers and
// DPO oversee a guidance register (Eduro's DPO in eduro-guidance, the city's people in rovaniemi-guidance).

const admin = (): User[] => ['admin'];
const billing = (t: Tenant): User[] => (t === 'eduro-training' ? ['office'] : []);
const oversight = (t: Tenant): User[] =>
  t === 'eduro-guidance' ? ['eduroDpo'] : t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : [];

let kaira: Kaira;
const keyIds = new Map<Tenant, string>();
const period = { from: daysFromNow(-60), to: daysFromNow(60) };

beforeAll(async () => {
  kaira = await startKaira();
  const token = await kaira.tokenFor(USERS.admin);
  for (const tenant of ['eduro-training', 'eduro-guidance', 'rovaniemi-guidance'] as const) {
    const operations = tenant === 'eduro-training' ? ['BillingExport'] : ['ServicePeriodReport'];
    const created = await kaira.gql(
      CreateApiKeyDocument,
      { input: { name: 'fixture', operations } },
      { token, tenant },
    );
    keyIds.set(tenant, created.data!.createApiKey.apiKey.id);
  }
});
afterAll(async () => {
  await kaira?.close();
});

// Rotation runs before revocation: a revoked key cannot be rotated.
const operations = {
  apiKeys: { allowed: admin, run: () => ({ doc: ApiKeysDocument, vars: {} }) },
  createApiKey: {
    allowed: admin,
    run: (t: Tenant) => ({
      doc: CreateApiKeyDocument,
      vars: {
        input: { name: 'matrix', operations: [t === 'eduro-training' ? 'BillingExport' : 'ServicePeriodReport'] },
      },
    }),
  },
  rotateApiKey: {
    allowed: admin,
    run: (t: Tenant) => ({ doc: RotateApiKeyDocument, vars: { input: { id: keyIds.get(t)! } } }),
  },
  revokeApiKey: {
    allowed: admin,
    run: (t: Tenant) => ({ doc: RevokeApiKeyDocument, vars: { input: { id: keyIds.get(t)! } } }),
  },
  billingExport: { allowed: billing, run: () => ({ doc: StaffBillingExportDocument, vars: period }) },
  servicePeriodReport: { allowed: oversight, run: () => ({ doc: StaffServicePeriodReportDocument, vars: period }) },
};

test.each(matrixCases(operations))('$operation in $tenant as $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});
