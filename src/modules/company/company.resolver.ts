import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as links from './company-card-link.service';
import * as companies from './company.service';
import { CreateCompanyInput, SendCompanyCardLinkInput, UpdateCompanyInput } from './company.inputs';
import { CompanyCardLinkSent, CompanyCardReport, CompanyView } from './company.types';

@Resolver()
export class CompanyResolver {
  @Query(() => [CompanyView], { description: 'Companies with their contact and billing details, by name' })
  companies(@Ctx() ctx: RequestContext) {
    return companies.listCompanies(ctx);
  }

  @Query(() => CompanyView, { description: 'One company with its contact and billing details' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return companies.getCompany(ctx, id);
  }

  @Mutation(() => CompanyView, { description: 'Add a company (CONFLICT when its Y-tunnus is already registered)' })
  createCompany(@Arg('input', () => CreateCompanyInput) input: CreateCompanyInput, @Ctx() ctx: RequestContext) {
    return companies.createCompany(ctx, input);
  }

  @Mutation(() => CompanyView, { description: "Change a company's name, Y-tunnus, contact or billing details" })
  updateCompany(@Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput, @Ctx() ctx: RequestContext) {
    return companies.updateCompany(ctx, input);
  }

  @Mutation(() => CompanyCardLinkSent, {
    description:
      "Email the company's contact person a link to its employees' cards (works 14 days; every view is a " +
      'logged disclosure to the company)',
  })
  sendCompanyCardLink(
    @Arg('input', () => SendCompanyCardLinkInput) input: SendCompanyCardLinkInput,
    @Ctx() ctx: RequestContext,
  ) {
    return links.sendCompanyCardLink(ctx, input);
  }

  @Query(() => CompanyCardReport, {
    description:
      "The company's employees' cards behind an emailed link (public; the token decides; NOT_FOUND or " +
      'TOKEN_EXPIRED). Each view is written to the disclosure log',
  })
  companyCardReport(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    return links.companyCardReport(ctx, token);
  }
}
