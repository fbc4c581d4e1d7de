import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Migration20261124000000Platform } from '../../migrations/Migration20261124000000Platform';
import { Migration20261125000000Guidance } from '../../migrations/Migration20261125000000Guidance';
import { Migration20261125010000Clients } from '../../migrations/Migration20261125010000Clients';
import { Migration20261125030000Outbox } from '../../migrations/Migration20261125030000Outbox';
import { Migration20261125040000Surveys } from '../../migrations/Migration20261125040000Surveys';
import { Migration20261125050000Training } from '../../migrations/Migration20261125050000Training';
import { Migration20261125060000Enrolment } from '../../migrations/Migration20261125060000Enrolment';
import { Migration20261125065000Objections } from '../../migrations/Migration20261125065000Objections';
import { Migration20261125070000TrainingRecords } from '../../migrations/Migration20261125070000TrainingRecords';
import { Migration20261125080000Companies } from '../../migrations/Migration20261125080000Companies';
import { Migration20261125090000RightsRequests } from '../../migrations/Migration20261125090000RightsRequests';
import { Migration20261125100000Erasure } from '../../migrations/Migration20261125100000Erasure';
import { Migration20261125103000Disclosures } from '../../migrations/Migration20261125103000Disclosures';
import { Migration20261125110000ApiKeys } from '../../migrations/Migration20261125110000ApiKeys';
import { Migration20261125120000RateLimits } from '../../migrations/Migration20261125120000RateLimits';
import { modules } from '../modules';
import { TenantOwned } from './tenant-owned.entity';

/** Migrations in order. Forward-only once on main. */
export const MIGRATIONS = [
  { name: 'Migration20261124000000Platform', class: Migration20261124000000Platform },
  { name: 'Migration20261125000000Guidance', class: Migration20261125000000Guidance },
  { name: 'Migration20261125010000Clients', class: Migration20261125010000Clients },
  { name: 'Migration20261125030000Outbox', class: Migration20261125030000Outbox },
  { name: 'Migration20261125040000Surveys', class: Migration20261125040000Surveys },
  { name: 'Migration20261125050000Training', class: Migration20261125050000Training },
  { name: 'Migration20261125060000Enrolment', class: Migration20261125060000Enrolment },
  { name: 'Migration20261125065000Objections', class: Migration20261125065000Objections },
  { name: 'Migration20261125070000TrainingRecords', class: Migration20261125070000TrainingRecords },
  { name: 'Migration20261125080000Companies', class: Migration20261125080000Companies },
  { name: 'Migration20261125090000RightsRequests', class: Migration20261125090000RightsRequests },
  { name: 'Migration20261125100000Erasure', class: Migration20261125100000Erasure },
  { name: 'Migration20261125103000Disclosures', class: Migration20261125103000Disclosures },
  { name: 'Migration20261125110000ApiKeys', class: Migration20261125110000ApiKeys },
  { name: 'Migration20261125120000RateLimits', class: Migration20261125120000RateLimits },
];

const entities = [TenantOwned, ...modules.flatMap((m) => [...m.entities])];

export function ormOptions(clientUrl: string, poolSize = 10): Options {
  const tenantEntities = entities
    .filter((e) => e !== TenantOwned && e.prototype instanceof TenantOwned)
    .map((e) => e.name);
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    discovery: { disableDynamicFileAccess: true },
    pool: { min: 0, max: poolSize },
    // No RLS view of a missing parent row: relations are loaded explicitly, never auto-joined for filters.
    autoJoinRefsForFilters: false,
    // The app scopes every query to the request's tenant. Without the parameter the filter throws:
    // a query that forgot its tenant fails instead of reading across tenants.
    filters: {
      tenant: {
        cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
        entity: tenantEntities,
        default: true,
      },
    },
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    debug: process.env.KAIRA_SQL_DEBUG === '1',
  };
}

export function openOrm(clientUrl: string, poolSize?: number): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, poolSize));
}
