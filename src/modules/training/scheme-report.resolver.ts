import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import * as reports from './scheme-report.service';
import { RejectSchemeReportInput } from './training-record.inputs';
import { SchemeReportStatus, SchemeReportView } from './training-record.types';

@Resolver(() => SchemeReportView)
export class SchemeReportResolver {
  @Query(() => [SchemeReportView], {
    description: "The scheme's completions in a state, oldest first (PENDING: what to send next); use-logged",
  })
  completionsForScheme(
    @Arg('schemeOwner', () => String) schemeOwner: string,
    @Arg('status', () => SchemeReportStatus, { defaultValue: SchemeReportStatus.PENDING }) status: SchemeReportStatus,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reports.completionsForScheme(ctx, schemeOwner, status, selectedFields(info));
  }

  @Mutation(() => SchemeReportView, {
    description: 'The completion was sent to the scheme: a disclosure, written to the disclosure log',
  })
  markSchemeReportSent(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return reports.markSchemeReportSent(ctx, id, selectedFields(info));
  }

  @Mutation(() => SchemeReportView, { description: 'The scheme acknowledged a sent report' })
  acknowledgeSchemeReport(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reports.acknowledgeSchemeReport(ctx, id, selectedFields(info));
  }

  @Mutation(() => SchemeReportView, { description: 'The scheme rejected a sent report, with its reason' })
  rejectSchemeReport(
    @Arg('input', () => RejectSchemeReportInput) input: RejectSchemeReportInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reports.rejectSchemeReport(ctx, input, selectedFields(info));
  }
}
