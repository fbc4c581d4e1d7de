import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantFile } from '../../tenants/tenant-file';
import { Organisation } from '../organisation/organisation.entity';
import { RegisterKind, Tenant } from './tenant.entity';

/** The tenants Kaira serves, read once at start-up after seeding. A request names one by slug. */
export class TenantRegistry {
  private readonly bySlugMap: Map<string, Tenant>;
  private readonly byIdMap: Map<string, Tenant>;

  private readonly organisations: Map<string, Organisation>;

  constructor(tenants: Tenant[], organisations: Organisation[]) {
    this.bySlugMap = new Map(tenants.map((t) => [t.slug, t]));
    this.byIdMap = new Map(tenants.map((t) => [t.id, t]));
    this.organisations = new Map(organisations.map((o) => [o.id, o]));
  }

  static async load(em: EntityManager): Promise<TenantRegistry> {
    const fork = em.fork();
    const tenants = await fork.find(Tenant, {}, { orderBy: { slug: 'asc' } });
    const organisationIds = tenants.flatMap((t) =>
      [t.controllerOrganisationId, t.processorOrganisationId ?? []].flat(),
    );
    const organisations = await fork.find(Organisation, { id: { $in: organisationIds } });
    return new TenantRegistry(tenants, organisations);
  }

  /** The controller or processor organisation of a tenant. */
  organisation(id: string): Organisation | undefined {
    return this.organisations.get(id);
  }

  bySlug(slug: string): Tenant | undefined {
    return this.bySlugMap.get(slug);
  }

  byId(id: string): Tenant | undefined {
    return this.byIdMap.get(id);
  }

  all(): Tenant[] {
    return [...this.bySlugMap.values()];
  }
}

/**
 * Seeds organisations and tenants from the validated tenant files, idempotently: runs at every start,
 * so editing a file in tenants/ and restarting is how a tenant's notice data changes.
 */
export async function seedTenants(em: EntityManager, files: TenantFile[]): Promise<void> {
  const upsertOrganisation = async (org: { name: string; businessId: string }): Promise<string> => {
    const [row] = await em.execute<Array<{ id: string }>>(
      `insert into organisation (name, business_id) values (?, ?)
       on conflict (business_id) do update set name = excluded.name returning id`,
      [org.name, org.businessId],
    );
    return row!.id;
  };
  for (const file of files) {
    const controllerId = await upsertOrganisation(file.controller);
    const processorId = file.processor ? await upsertOrganisation(file.processor) : null;
    await em.execute(
      `insert into tenant (id, slug, register_kind, register_name, controller_organisation_id,
                           processor_organisation_id, file, updated_at)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, now())
       on conflict (id) do update set slug = excluded.slug, register_kind = excluded.register_kind,
         register_name = excluded.register_name, controller_organisation_id = excluded.controller_organisation_id,
         processor_organisation_id = excluded.processor_organisation_id, file = excluded.file,
         updated_at = now()
       where tenant.file is distinct from excluded.file`,
      [
        file.id,
        file.slug,
        file.register.kind === 'card-training' ? RegisterKind.CARD_TRAINING : RegisterKind.GUIDANCE,
        file.register.name.fi,
        controllerId,
        processorId,
        JSON.stringify(file),
      ],
    );
  }
}
