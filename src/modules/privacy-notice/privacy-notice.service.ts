import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../errors';
import type { TenantFile } from '../../tenants/tenant-file';
import { controllerRecord, processorRecord } from './processing-record.render';
import { renderNotice } from './privacy-notice.render';
import {
  NoticeLanguageValue,
  RecordKindValue,
  type PrivacyNotice,
  type ProcessingRecord,
} from './privacy-notice.types';

// Notices are public (GDPR 12 and 13: given to everyone whose data is collected); the records of
// processing are the organisations' own documentation, for their staff and the supervisory authority.

/** The notice of the tenant named by the argument, or else by the Kaira-Tenant header. */
export function privacyNotice(
  ctx: RequestContext,
  slug: string | null | undefined,
  lang: NoticeLanguageValue,
): PrivacyNotice {
  const name = slug?.trim() || ctx.tenant?.slug;
  if (!name) throw badInput('tenant', 'name the register by its slug, or in the Kaira-Tenant header');
  const tenant = ctx.services.registry.bySlug(name);
  if (!tenant) throw notFound('register');
  const notice = renderNotice(tenant.file as TenantFile, lang);
  return { ...notice, language: lang, pagePath: `/privacy/${encodeURIComponent(tenant.slug)}?lang=${lang}` };
}

export function controllerProcessingRecord(ctx: RequestContext, lang: NoticeLanguageValue): ProcessingRecord {
  const record = controllerRecord(ctx.requireTenant().file as TenantFile, lang);
  return { ...record, kind: RecordKindValue.CONTROLLER, language: lang };
}

export function processorProcessingRecord(ctx: RequestContext, lang: NoticeLanguageValue): ProcessingRecord {
  const record = processorRecord(ctx.requireTenant().file as TenantFile, lang);
  if (!record) throw notFound("processor's record: this register has no processor");
  return { ...record, kind: RecordKindValue.PROCESSOR, language: lang };
}
