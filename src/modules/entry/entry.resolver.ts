import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { AddEntryInput, CorrectEntryInput, ReleaseStatementInput } from './entry.inputs';
import * as entries from './entry.service';
import * as statements from './statement.service';
import { EntryView, ReleasedStatement } from './entry.types';

@Resolver()
export class EntryResolver {
  @Query(() => [EntryView], { description: "The client's entries, latest versions with their history (use-logged)" })
  clientEntries(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entries.clientEntries(ctx, personId, entryFields(info));
  }

  @Query(() => [ReleasedStatement], {
    description: "The client's released statements; a referrer sees those released to their organisation (use-logged)",
  })
  releasedStatements(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statements.releasedStatements(ctx, personId, selectedFields(info));
  }

  @Mutation(() => EntryView, { description: 'Write an entry; a consent-gated category needs active consent' })
  addEntry(
    @Arg('input', () => AddEntryInput) input: AddEntryInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entries.addEntry(ctx, input, entryFields(info));
  }

  @Mutation(() => EntryView, { description: 'Correct the latest version of an entry; the earlier one stays' })
  correctEntry(
    @Arg('input', () => CorrectEntryInput) input: CorrectEntryInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entries.correctEntry(ctx, input, entryFields(info));
  }

  @Mutation(() => ReleasedStatement, {
    description: 'Release a statement to the referring organisation (a disclosure, with the client’s consent)',
  })
  releaseStatement(
    @Arg('input', () => ReleaseStatementInput) input: ReleaseStatementInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return statements.releaseStatement(ctx, input, selectedFields(info));
  }
}

/** The entry fields read, with the history's as `history.<field>`: the use log's "which data". */
function entryFields(info: GraphQLResolveInfo): string[] {
  return [...selectedFields(info), ...selectedFields(info, ['history']).map((f) => `history.${f}`)];
}
