import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum EntryKind {
  ASSESSMENT = 'assessment',
  COACHING = 'coaching',
  STATEMENT = 'statement',
  OBSERVATION = 'observation',
}
registerEnumType(EntryKind, {
  name: 'EntryKind',
  description: 'Assessment (arviointi), coaching (valmennus), statement (lausunto) or observation (havainnointi)',
});

@ObjectType({ description: 'A version of an entry; corrections keep the earlier ones' })
export class EntryVersion {
  @Field(() => ID, { description: 'This version: pass the latest to correctEntry or releaseStatement' })
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  content!: string;

  @Field(() => String, { nullable: true, description: 'Why this version corrected the one before; null on the first' })
  correctionReason!: string | null;

  @Field(() => ID)
  authorId!: string;

  @Field(() => String)
  authorName!: string;

  @Field(() => Date)
  createdAt!: Date;
}

// The timeline's entry is its latest version plus what identifies the entry across versions.
@ObjectType('GuidanceEntry', { description: 'An entry of the client timeline, as its latest version' })
export class EntryView extends EntryVersion {
  @Field(() => ID, { description: 'The entry across its versions (the id of its first version)' })
  entryId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => EntryKind)
  kind!: EntryKind;

  @Field(() => String, { description: "A data category of the register's tenant file" })
  category!: string;

  @Field(() => Int)
  versionCount!: number;

  @Field(() => [EntryVersion], { description: 'The earlier versions, oldest first, with their reasons' })
  history!: EntryVersion[];
}

@ObjectType({ description: 'A statement (lausunto) released to the referring organisation' })
export class ReleasedStatement {
  @Field(() => ID)
  releaseId!: string;

  @Field(() => ID, { description: 'The version of the statement that was released' })
  entryId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String)
  content!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  authorName!: string;

  @Field(() => Date, { description: 'When the released version was written' })
  writtenAt!: Date;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => Date)
  releasedAt!: Date;
}
