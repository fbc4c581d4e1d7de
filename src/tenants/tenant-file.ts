// A tenant is one register under one controller (DOMAIN.md §1). Its file in `tenants/` holds what the register's
// privacy notice states, so the rendered notice, the GDPR Art. 30 record and the running system share one source.
// Validated by hand at start-up: a typo or a wrong Y-tunnus must stop the server, never pass silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidBusinessId } from '../modules/organisation/business-id';

/** Text in both languages the notice is published in. */
export interface LocalisedText {
  fi: string;
  en: string;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

export interface Organisation {
  name: string;
  businessId: string; // Y-tunnus
  address: Address;
}

export interface Person {
  name: string;
  organisation: string; // Y-tunnus of the controller or the processor
  phone: string;
  email: string;
  address?: Address;
}

export type RegisterKind = 'card-training' | 'guidance';
// The staff roles of DOMAIN.md §3 (INTEGRATION signs in with an API key, never with a second factor).
const STAFF_ROLES = ['COACH', 'OFFICE', 'TRAINER', 'DPO', 'CONTROLLER_OFFICER', 'REFERRER', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type NoticeLanguage = 'fi' | 'en';
export type ThirdCountryPolicy = 'never' | 'case-by-case';
// What may keep data past an erasure request (DOMAIN.md §4); the notice of each register names its own.
const ERASURE_HOLDS = [
  'law',
  'open-invoice',
  'debt-collection',
  'authority-process',
  'court-protection-order',
] as const;
export type ErasureHold = (typeof ERASURE_HOLDS)[number];

export interface DataCategory {
  key: string;
  name: LocalisedText;
  consentRequired: boolean; // collected only with the data subject's written consent
}

export interface LegalBasis {
  basis: string; // e.g. "GDPR 6(1)(a)"
  description: LocalisedText;
}

export interface RetentionRule {
  category: string; // a data category key, or "logs" / "bookkeeping"
  period: string | null; // ISO 8601 duration counted from `from`; null: no fixed period, kept until `from` happens
  from: string; // the event, e.g. "case-closed", "created", "opt-out"
  basis: LocalisedText;
}

export interface TenantFile {
  id: string;
  slug: string;
  register: { kind: RegisterKind; name: LocalisedText; description: LocalisedText };
  controller: Organisation;
  processor: Organisation | null;
  subProcessors: { name: string; role: LocalisedText }[];
  contactPerson: Person;
  dataProtectionOfficers: Person[];
  purposes: LocalisedText[];
  dataCategories: DataCategory[];
  sources: LocalisedText[];
  legalBases: LegalBasis[];
  statutes: LocalisedText[];
  disclosures: { policy: LocalisedText; regularRecipients: LocalisedText[] };
  thirdCountryTransfers: { allowed: ThirdCountryPolicy; policy: LocalisedText; requires: string[] };
  security: LocalisedText[];
  rightsRequests: {
    decidedBy: 'controller';
    handledByDpo: string; // email of the controller's DPO who leads rights requests
    accessRequestsTo: LocalisedText;
    erasureHolds: ErasureHold[];
    notes: LocalisedText[];
  };
  retention: RetentionRule[];
  /** How staff sign in to this register; absent: password only. */
  signIn?: { secondFactorRequiredFor: StaffRole[] };
  notice: {
    title: LocalisedText;
    reviewedOn: string; // YYYY-MM-DD
    approval: LocalisedText;
    language: NoticeLanguage[];
    openIssues: LocalisedText[]; // what the published notice leaves out or gets wrong, for its next review
  };
}

/** A tenant file is invalid. `path` is the JSON path of the first bad field ('' for the whole file). */
export class TenantFileError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${file}: ${path}: ${problem}` : `${file}: ${problem}`);
    this.name = 'TenantFileError';
  }
}

// Categories every tenant may name in retention without declaring them: they are not personal-data categories
// of the register but records the platform keeps about it.
const PLATFORM_CATEGORIES = ['logs', 'bookkeeping'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SLUG = /^[a-z][a-z0-9-]{1,62}$/;
const CATEGORY_KEY = /^[a-z][a-zA-Z]*$/;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const POSTAL_CODE = /^\d{5}$/;
const PHONE = /^\+?\d[\d -]{4,}\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date and time parts only in their order; at least one part (plain "P" or "PT" is not a duration).
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

// One value at one JSON path of one file: every check fails with that file and path.
class Node {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  fail(problem: string): never {
    throw new TenantFileError(this.file, this.path, problem);
  }

  field(key: string): Node {
    const value = (this.value as Record<string, unknown>)[key];
    return new Node(this.file, this.path ? `${this.path}.${key}` : key, value);
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.value, key);
  }

  /** An object with every `required` key and nothing outside `required` and `optional`. */
  object(required: readonly string[], optional: readonly string[] = []): this {
    if (typeOf(this.value) !== 'object') this.fail(`expected an object, got ${typeOf(this.value)}`);
    // Unknown keys first: a misspelt key is also a missing one, and its own name is the better hint.
    const unknown = Object.keys(this.value as object).find((k) => !required.includes(k) && !optional.includes(k));
    if (unknown !== undefined) this.field(unknown).fail('unknown key');
    const missing = required.find((k) => !this.has(k));
    if (missing !== undefined) this.field(missing).fail('required field is missing');
    return this;
  }

  text(): string {
    if (typeof this.value !== 'string') this.fail(`expected a string, got ${typeOf(this.value)}`);
    if (this.value.trim() === '') this.fail('must not be empty');
    return this.value;
  }

  matching(pattern: RegExp, what: string): string {
    const value = this.text();
    if (!pattern.test(value)) this.fail(`${show(value)} is not ${what}`);
    return value;
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail(`expected a boolean, got ${typeOf(this.value)}`);
    return this.value;
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    if (!allowed.includes(this.value as T)) this.fail(`${show(this.value)} is not one of ${allowed.join(', ')}`);
    return this.value as T;
  }

  list<T>(item: (node: Node) => T, min = 0): T[] {
    if (!Array.isArray(this.value)) this.fail(`expected an array, got ${typeOf(this.value)}`);
    if (this.value.length < min) this.fail(`needs at least ${min} item${min === 1 ? '' : 's'}`);
    return this.value.map((value, i) => item(new Node(this.file, `${this.path}[${i}]`, value)));
  }

  /** `values` (read from this array) with no value twice; a repeat fails at its own index. */
  distinct<T>(values: T[]): T[] {
    const index = values.findIndex((v, i) => values.indexOf(v) !== i);
    if (index >= 0) {
      new Node(this.file, `${this.path}[${index}]`, values[index]).fail(`${show(values[index])} is repeated`);
    }
    return values;
  }

  nullable<T>(parse: (node: Node) => T): T | null {
    return this.value === null ? null : parse(this);
  }
}

// Both languages, always: the notice is rendered from this file in either.
function localised(node: Node): LocalisedText {
  node.object(['fi', 'en']);
  return { fi: node.field('fi').text(), en: node.field('en').text() };
}

function businessId(node: Node): string {
  const value = node.text();
  if (!isValidBusinessId(value)) node.fail(`${show(value)} is not a valid Y-tunnus`);
  return value;
}

function calendarDate(node: Node): string {
  const value = node.matching(DATE, 'a date (YYYY-MM-DD)');
  const [, y, m, d] = DATE.exec(value)!.map(Number);
  // Date.UTC rolls 2022-02-30 over to March; a real date survives the round trip.
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) {
    node.fail(`${show(value)} is not a real calendar date`);
  }
  return value;
}

function address(node: Node): Address {
  node.object(['street', 'postalCode', 'city']);
  return {
    street: node.field('street').text(),
    postalCode: node.field('postalCode').matching(POSTAL_CODE, 'a five-digit postal code'),
    city: node.field('city').text(),
  };
}

function organisation(node: Node): Organisation {
  node.object(['name', 'businessId', 'address']);
  return {
    name: node.field('name').text(),
    businessId: businessId(node.field('businessId')),
    address: address(node.field('address')),
  };
}

function person(node: Node): Person {
  node.object(['name', 'organisation', 'phone', 'email'], ['address']);
  return {
    name: node.field('name').text(),
    organisation: businessId(node.field('organisation')),
    phone: node.field('phone').matching(PHONE, 'a phone number'),
    email: node.field('email').matching(EMAIL, 'an email address'),
    ...(node.has('address') ? { address: address(node.field('address')) } : {}),
  };
}

function dataCategory(node: Node): DataCategory {
  node.object(['key', 'name', 'consentRequired']);
  return {
    key: node.field('key').matching(CATEGORY_KEY, 'a camelCase category key'),
    name: localised(node.field('name')),
    consentRequired: node.field('consentRequired').boolean(),
  };
}

function retentionRule(node: Node): RetentionRule {
  node.object(['category', 'period', 'from', 'basis']);
  return {
    category: node.field('category').text(),
    period: node.field('period').nullable((n) => n.matching(DURATION, 'an ISO 8601 duration such as "P10Y"')),
    from: node.field('from').matching(KEBAB, 'a kebab-case event name'),
    basis: localised(node.field('basis')),
  };
}

function register(node: Node): TenantFile['register'] {
  node.object(['kind', 'name', 'description']);
  return {
    kind: node.field('kind').oneOf<RegisterKind>(['card-training', 'guidance']),
    name: localised(node.field('name')),
    description: localised(node.field('description')),
  };
}

function subProcessor(node: Node): TenantFile['subProcessors'][number] {
  node.object(['name', 'role']);
  return { name: node.field('name').text(), role: localised(node.field('role')) };
}

function legalBasis(node: Node): LegalBasis {
  node.object(['basis', 'description']);
  return { basis: node.field('basis').text(), description: localised(node.field('description')) };
}

function disclosures(node: Node): TenantFile['disclosures'] {
  node.object(['policy', 'regularRecipients']);
  return {
    policy: localised(node.field('policy')),
    regularRecipients: node.field('regularRecipients').list(localised),
  };
}

function thirdCountryTransfers(node: Node): TenantFile['thirdCountryTransfers'] {
  node.object(['allowed', 'policy', 'requires']);
  const allowed = node.field('allowed').oneOf<ThirdCountryPolicy>(['never', 'case-by-case']);
  const requires = node.field('requires');
  const conditions = requires.list((n) => n.matching(KEBAB, 'a kebab-case condition'));
  // A case-by-case policy without conditions would be an open door; "never" has nothing to condition.
  if (allowed === 'case-by-case' && conditions.length === 0) requires.fail('case-by-case transfers need conditions');
  if (allowed === 'never' && conditions.length > 0) requires.fail('must be empty when transfers are never allowed');
  return { allowed, policy: localised(node.field('policy')), requires: conditions };
}

function rightsRequests(node: Node): TenantFile['rightsRequests'] {
  node.object(['decidedBy', 'handledByDpo', 'accessRequestsTo', 'erasureHolds', 'notes']);
  const holdList = node.field('erasureHolds');
  return {
    // DOMAIN.md §3: only the controller's own people decide rights requests.
    decidedBy: node.field('decidedBy').oneOf(['controller'] as const),
    handledByDpo: node.field('handledByDpo').matching(EMAIL, 'an email address'),
    accessRequestsTo: localised(node.field('accessRequestsTo')),
    erasureHolds: holdList.distinct(holdList.list((n) => n.oneOf(ERASURE_HOLDS))),
    notes: node.field('notes').list(localised),
  };
}

function notice(node: Node): TenantFile['notice'] {
  node.object(['title', 'reviewedOn', 'approval', 'language', 'openIssues']);
  const language = node.field('language');
  return {
    title: localised(node.field('title')),
    reviewedOn: calendarDate(node.field('reviewedOn')),
    approval: localised(node.field('approval')),
    language: language.distinct(language.list((n) => n.oneOf<NoticeLanguage>(['fi', 'en']), 1)),
    openIssues: node.field('openIssues').list(localised),
  };
}

// prettier-ignore
const TOP_LEVEL_KEYS = [
  'id', 'slug', 'register', 'controller', 'processor', 'subProcessors', 'contactPerson', 'dataProtectionOfficers',
  'purposes', 'dataCategories', 'sources', 'legalBases', 'statutes', 'disclosures', 'thirdCountryTransfers',
  'security', 'rightsRequests', 'retention', 'notice',
] as const;

// Roles that read client content can be required to prove a second factor (issue 6: strong staff sign-in).
function signIn(node: Node): NonNullable<TenantFile['signIn']> {
  node.object(['secondFactorRequiredFor']);
  const roles = node.field('secondFactorRequiredFor');
  return { secondFactorRequiredFor: roles.distinct(roles.list((n) => n.oneOf<StaffRole>(STAFF_ROLES))) };
}

function tenantFields(root: Node): TenantFile {
  root.object(TOP_LEVEL_KEYS, ['signIn']);
  const f = (key: (typeof TOP_LEVEL_KEYS)[number]) => root.field(key);
  return {
    id: f('id').matching(UUID, 'a lower-case UUID'),
    slug: f('slug').matching(SLUG, 'a slug (lower-case letters, digits and dashes)'),
    register: register(f('register')),
    controller: organisation(f('controller')),
    processor: f('processor').nullable(organisation),
    subProcessors: f('subProcessors').list(subProcessor),
    contactPerson: person(f('contactPerson')),
    dataProtectionOfficers: f('dataProtectionOfficers').list(person, 1),
    purposes: f('purposes').list(localised, 1),
    dataCategories: f('dataCategories').list(dataCategory, 1),
    sources: f('sources').list(localised, 1),
    legalBases: f('legalBases').list(legalBasis),
    statutes: f('statutes').list(localised),
    disclosures: disclosures(f('disclosures')),
    thirdCountryTransfers: thirdCountryTransfers(f('thirdCountryTransfers')),
    security: f('security').list(localised, 1),
    rightsRequests: rightsRequests(f('rightsRequests')),
    retention: f('retention').list(retentionRule, 1),
    ...(root.has('signIn') ? { signIn: signIn(root.field('signIn')) } : {}),
    notice: notice(f('notice')),
  };
}

// The people a notice names speak for the controller or the processor; anyone else is a copy-paste error.
function checkPeople(root: Node, tenant: TenantFile): void {
  const { controller, processor } = tenant;
  if (processor && processor.businessId === controller.businessId) {
    root.field('processor').field('businessId').fail('the processor cannot be the controller itself');
  }
  const parties = [controller.businessId, processor?.businessId];
  const check = (node: Node, p: Person) => {
    if (!parties.includes(p.organisation)) {
      node.field('organisation').fail(`${show(p.organisation)} is neither the controller nor the processor`);
    }
  };
  check(root.field('contactPerson'), tenant.contactPerson);
  const dpos = root.field('dataProtectionOfficers');
  tenant.dataProtectionOfficers.forEach((p, i) => check(new Node(root.file, `${dpos.path}[${i}]`, p), p));
  dpos.distinct(tenant.dataProtectionOfficers.map((p) => p.email));
  // DOMAIN.md §3: rights requests are decided by the controller's own DPO, never the processor's.
  const handledBy: Node = root.field('rightsRequests').field('handledByDpo');
  const dpo = tenant.dataProtectionOfficers.find((p) => p.email === tenant.rightsRequests.handledByDpo);
  if (!dpo) handledBy.fail(`${show(handledBy.value)} is not one of dataProtectionOfficers`);
  if (dpo.organisation !== controller.businessId) handledBy.fail('must be a DPO of the controller');
}

function checkCategories(root: Node, tenant: TenantFile): void {
  const keys = tenant.dataCategories.map((c) => c.key);
  const categories = root.field('dataCategories');
  keys.forEach((key, i) => {
    const node = new Node(root.file, `${categories.path}[${i}].key`, key);
    if (PLATFORM_CATEGORIES.includes(key)) node.fail(`${show(key)} is reserved for platform records`);
    if (keys.indexOf(key) !== i) node.fail(`${show(key)} is declared twice`);
  });
  const retention = root.field('retention');
  const seen: string[] = [];
  tenant.retention.forEach(({ category }, i) => {
    const node = new Node(root.file, `${retention.path}[${i}].category`, category);
    if (!keys.includes(category) && !PLATFORM_CATEGORIES.includes(category)) {
      node.fail(`${show(category)} is not a declared data category (nor ${PLATFORM_CATEGORIES.join(' / ')})`);
    }
    if (seen.includes(category)) node.fail(`${show(category)} has two retention rules`);
    seen.push(category);
  });
  // Every category needs a rule, even "until erasure": a category without one would be kept by default forever.
  const uncovered = keys.find((key) => !seen.includes(key));
  if (uncovered !== undefined) retention.fail(`no retention rule for data category ${show(uncovered)}`);
}

/**
 * Validates the parsed JSON of one tenant file. `fileName` only labels errors.
 * @throws TenantFileError naming the file and the JSON path of the first bad field.
 */
export function parseTenantFile(fileName: string, raw: unknown): TenantFile {
  const root = new Node(fileName, '', raw);
  const tenant = tenantFields(root);
  checkPeople(root, tenant);
  checkCategories(root, tenant);
  // A notice must rest on something: a legal basis, a statute, or both.
  if (tenant.legalBases.length === 0 && tenant.statutes.length === 0) {
    root.field('legalBases').fail('needs at least one legal basis when no statute is listed');
  }
  return tenant;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TenantFileError(file, '', `is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads and validates every `*.json` in `dir` (in name order) and checks that ids and slugs are unique across them.
 * A new tenant is one more file here.
 * @throws TenantFileError for the first invalid file.
 */
export function loadTenantFiles(dir: string): TenantFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) throw new TenantFileError(dir, '', 'holds no tenant files (*.json)');
  const owners = new Map<string, string>(); // "id:<uuid>" / "slug:<slug>" → file that claimed it
  return files.map((file) => {
    const tenant = parseTenantFile(file, readJson(file));
    for (const key of ['id', 'slug'] as const) {
      const earlier = owners.get(`${key}:${tenant[key]}`);
      if (earlier) throw new TenantFileError(file, key, `${show(tenant[key])} is already used by ${earlier}`);
      owners.set(`${key}:${tenant[key]}`, file);
    }
    return tenant;
  });
}
