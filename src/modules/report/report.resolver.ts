import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ReportPeriodArgs } from './report.inputs';
import { billingExport, servicePeriodReport } from './report.service';
import { BillingExportRow, ServicePeriodReportRow } from './report.types';

@Resolver()
export class ReportResolver {
  @Query(() => [BillingExportRow], {
    description:
      'Enrolments to sessions starting in the period, with the billing details of the company (OFFICE, INTEGRATION)',
  })
  billingExport(@Args(() => ReportPeriodArgs) args: ReportPeriodArgs, @Ctx() ctx: RequestContext) {
    return billingExport(ctx, args);
  }

  @Query(() => [ServicePeriodReportRow], {
    description: "Service periods overlapping the period, data-minimised for the controller's reporting",
  })
  servicePeriodReport(@Args(() => ReportPeriodArgs) args: ReportPeriodArgs, @Ctx() ctx: RequestContext) {
    return servicePeriodReport(ctx, args);
  }
}
