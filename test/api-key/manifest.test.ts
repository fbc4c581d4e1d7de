import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { buildBareSchema } from '../../src/schema';
import {
  buildManifest,
  documentHash,
  MANIFEST_FILE,
  manifestText,
  OPERATIONS_DIR,
  PersistedOperations,
} from '../../src/modules/api-key/persisted-operations';

// The committed manifest is what schema/operations produces (CI's generated:check says the same), and every
// id is the SHA-256 of its text, which is also the hash an APQ client sends.

test('the committed manifest matches schema/operations', () => {
  expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(manifestText(buildManifest(OPERATIONS_DIR, buildBareSchema())));
});

test('ids are sha256 of the document text, and lookups work by id or bare hash', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
  const served = new PersistedOperations(manifest);
  for (const [id, text] of Object.entries(manifest)) {
    expect(id).toBe(`sha256:${documentHash(text)}`);
    expect(served.find(id)?.document).toBe(text);
    expect(served.find(documentHash(text))?.id).toBe(id);
  }
  expect(served.operationNames()).toEqual([
    'BillingExport',
    'SchemeCompletions',
    'SchemeReportAcknowledged',
    'SchemeReportRejected',
    'SchemeReportSent',
    'ServicePeriodReport',
  ]);
});

test('a manifest whose text was edited after hashing is refused at start-up', () => {
  const [[id, text]] = Object.entries(JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>);
  expect(() => new PersistedOperations({ [id!]: `${text} ` })).toThrow(/hash does not match/);
});
