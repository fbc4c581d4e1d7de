import { Field, ID, InputType } from 'type-graphql';
import { EntryKind } from './entry.types';

@InputType()
export class AddEntryInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => EntryKind)
  kind!: EntryKind;

  @Field(() => String, {
    description: 'assessment, coaching, statement, or a consent-gated category (employment, rehabilitation, …)',
  })
  category!: string;

  @Field(() => String)
  content!: string;
}

@InputType({ description: 'A correction: a new version of the entry; the earlier one stays with the reason' })
export class CorrectEntryInput {
  @Field(() => ID, { description: 'The latest version of the entry (GuidanceEntry.id)' })
  entryId!: string;

  @Field(() => String)
  content!: string;

  @Field(() => String, { description: 'Why the entry is corrected; kept with the new version' })
  reason!: string;
}

@InputType({ description: 'Release a statement to the organisation that referred the client' })
export class ReleaseStatementInput {
  @Field(() => ID, { description: 'The latest version of a statement entry (GuidanceEntry.id)' })
  entryId!: string;

  @Field(() => ID, { description: "The referring organisation of one of the client's service periods" })
  organisationId!: string;
}
