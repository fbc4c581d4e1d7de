import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBareSchema } from '../schema';
import { buildManifest, MANIFEST_FILE, manifestText, OPERATIONS_DIR } from '../modules/api-key/persisted-operations';

// Writes schema/persisted-operations.json from schema/operations/*.graphql (each validated against the
// schema); `--check` fails when the committed manifest is stale.
const text = manifestText(buildManifest(OPERATIONS_DIR, buildBareSchema()));

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(MANIFEST_FILE, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error(`${MANIFEST_FILE} is stale: run \`npm run schema:emit\` and commit the result`);
    process.exit(1);
  }
} else {
  writeFileSync(MANIFEST_FILE, text);
}
