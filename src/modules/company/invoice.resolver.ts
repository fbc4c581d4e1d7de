import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as invoices from './invoice.service';
import { ChangeInvoiceStatusInput, CreateInvoiceInput, InvoicesArgs } from './company.inputs';
import { InvoiceView } from './company.types';

@Resolver()
export class InvoiceResolver {
  @Query(() => [InvoiceView], { description: 'Invoices, newest first, optionally by status, company or person' })
  invoices(@Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: RequestContext) {
    return invoices.listInvoices(ctx, args);
  }

  @Query(() => InvoiceView, { description: 'One invoice with its status history' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return invoices.getInvoice(ctx, id);
  }

  @Mutation(() => InvoiceView, {
    description:
      "Invoice an enrolment to its company (OPEN, with a new reference number); CONFLICT while one isn't credited",
  })
  createInvoice(@Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput, @Ctx() ctx: RequestContext) {
    return invoices.createInvoice(ctx, input);
  }

  @Mutation(() => InvoiceView, {
    description: 'Move an invoice along its states; CONFLICT for a transition not allowed',
  })
  changeInvoiceStatus(
    @Arg('input', () => ChangeInvoiceStatusInput) input: ChangeInvoiceStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return invoices.changeInvoiceStatus(ctx, input);
  }
}
