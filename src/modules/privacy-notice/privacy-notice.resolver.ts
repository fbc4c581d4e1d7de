import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as notices from './privacy-notice.service';
import { NoticeLanguageValue, PrivacyNotice, ProcessingRecord } from './privacy-notice.types';

@Resolver()
export class PrivacyNoticeResolver {
  @Query(() => PrivacyNotice, {
    description: "A register's privacy notice, public: the tenant by argument or the Kaira-Tenant header",
  })
  privacyNotice(
    @Arg('tenant', () => String, { nullable: true }) tenant: string | null,
    @Arg('language', () => NoticeLanguageValue, { defaultValue: NoticeLanguageValue.FI }) language: NoticeLanguageValue,
    @Ctx() ctx: RequestContext,
  ) {
    return notices.privacyNotice(ctx, tenant, language);
  }

  @Query(() => ProcessingRecord, { description: "The controller's record of processing activities (GDPR 30(1))" })
  controllerProcessingRecord(
    @Arg('language', () => NoticeLanguageValue, { defaultValue: NoticeLanguageValue.FI }) language: NoticeLanguageValue,
    @Ctx() ctx: RequestContext,
  ) {
    return notices.controllerProcessingRecord(ctx, language);
  }

  @Query(() => ProcessingRecord, {
    description: "The processor's record (GDPR 30(2)); NOT_FOUND in a register without a processor",
  })
  processorProcessingRecord(
    @Arg('language', () => NoticeLanguageValue, { defaultValue: NoticeLanguageValue.FI }) language: NoticeLanguageValue,
    @Ctx() ctx: RequestContext,
  ) {
    return notices.processorProcessingRecord(ctx, language);
  }
}
