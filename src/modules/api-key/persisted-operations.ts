import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

// Trusted documents: the operations machine clients may run live as .graphql files in schema/operations/.
// `npm run schema:emit` writes schema/persisted-operations.json (id → document), committed and checked
// for drift like the schema. The id is `sha256:` + the SHA-256 of the document text, which is also the
// hash an automatic-persisted-query (APQ) client sends for that text.

export const OPERATIONS_DIR = join('schema', 'operations');
export const MANIFEST_FILE = join('schema', 'persisted-operations.json');

export interface PersistedOperation {
  /** `sha256:<hex>` */
  id: string;
  /** The bare hex hash, as APQ sends it. */
  hash: string;
  operationName: string;
  document: string;
}

export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** The manifest the operations directory produces: documents in print() form, keyed by id, sorted. */
export function buildManifest(dir: string, schema: GraphQLSchema): Record<string, string> {
  const entries: Array<[string, string]> = [];
  const names = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const document = parse(readFileSync(join(dir, file), 'utf8'));
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const name = operations[0]?.name?.value;
    if (operations.length !== 1 || !name) throw new Error(`${file}: needs exactly one named operation`);
    if (names.has(name)) throw new Error(`${file}: the operation name ${name} is used twice`);
    names.add(name);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    const text = print(document);
    entries.push([`sha256:${documentHash(text)}`, text]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

export function manifestText(manifest: Record<string, string>): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The served manifest, looked up by id or by APQ hash. */
export class PersistedOperations {
  private readonly byHash = new Map<string, PersistedOperation>();

  constructor(manifest: Record<string, string>) {
    for (const [id, document] of Object.entries(manifest)) {
      const hash = id.replace(/^sha256:/, '');
      if (documentHash(document) !== hash) throw new Error(`persisted operation ${id}: the hash does not match`);
      const operation = parse(document).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const operationName = operation?.name?.value;
      if (!operationName) throw new Error(`persisted operation ${id}: no named operation`);
      this.byHash.set(hash, { id: `sha256:${hash}`, hash, operationName, document });
    }
  }

  static load(file = MANIFEST_FILE): PersistedOperations {
    return new PersistedOperations(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  }

  /** By `sha256:<hex>` or bare hex. */
  find(idOrHash: string): PersistedOperation | undefined {
    return this.byHash.get(idOrHash.replace(/^sha256:/, ''));
  }

  /** The manifest's document of this operation name (API keys' allow-lists name operations). */
  byOperationName(name: string): PersistedOperation | undefined {
    return [...this.byHash.values()].find((op) => op.operationName === name);
  }

  hasOperation(name: string): boolean {
    return this.byOperationName(name) !== undefined;
  }

  operationNames(): string[] {
    return [...new Set([...this.byHash.values()].map((op) => op.operationName))].sort();
  }
}

let served: PersistedOperations | undefined;
/** The committed manifest, read once per process (relative to the working directory, like tenants/). */
export function servedOperations(): PersistedOperations {
  served ??= PersistedOperations.load();
  return served;
}
