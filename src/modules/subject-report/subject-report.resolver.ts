import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { accessReport } from './access-report';
import { renderAccessReportHtml } from './access-report.html';
import { logReport } from './log-report';
import { portabilityExport } from './portability';
import { LogReport, ReportLanguage } from './subject-report.types';

// Fulfilment of a rights request: each reads the case (kind, person, identity check) and use-logs itself.
// The access report and the portability export are JSON documents whose shape follows the register's
// person-data map, so they are JSON objects here rather than one GraphQL type per register; the log report
// has one fixed shape and is typed. The HTML rendering is a string field rather than its own route: it then
// passes the same authentication, rules, transaction and use log as every operation, with no second
// (cookie) way in to secure; the client saves it as a file or shows it in a sandboxed frame.
@Resolver()
export class SubjectReportResolver {
  @Query(() => GraphQLJSONObject, { description: 'GDPR 15: everything about the person in this register, as JSON' })
  accessReport(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: RequestContext) {
    return accessReport(ctx, requestId);
  }

  @Query(() => String, {
    description: 'GDPR 15: the access report as a self-contained, escaped HTML page in Finnish or English',
  })
  async accessReportHtml(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('language', () => ReportLanguage, { defaultValue: ReportLanguage.FI }) language: ReportLanguage,
    @Ctx() ctx: RequestContext,
  ) {
    return renderAccessReportHtml(await accessReport(ctx, requestId, 'accessReportHtml'), language);
  }

  @Query(() => LogReport, { description: "Act 703/2023 § 11: who used or received the person's data" })
  logReport(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: RequestContext) {
    return logReport(ctx, requestId);
  }

  @Query(() => GraphQLJSONObject, {
    description: 'GDPR 20: what the person provided, as JSON valid against /schema/portability.schema.json',
  })
  portabilityExport(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: RequestContext) {
    return portabilityExport(ctx, requestId);
  }
}
