import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RequestHandler } from 'express';

// The published JSON Schema of the portability export (GDPR 20), public: whoever receives an export can
// validate it. Read once at start-up from schema/portability.schema.json, the file the tests validate with.

/** schema/portability.schema.json of the repository, found upwards from here (src/ or dist/src/). */
export function portabilitySchemaFile(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'schema', 'portability.schema.json');
    if (existsSync(file)) return file;
  }
  throw new Error('schema/portability.schema.json not found');
}

export function portabilitySchemaPage(): RequestHandler {
  const body = readFileSync(portabilitySchemaFile(), 'utf8');
  return (_req, res) => {
    res.type('application/schema+json').set('cache-control', 'public, max-age=3600').send(body);
  };
}
