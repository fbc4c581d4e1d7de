import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum NoticeLanguageValue {
  FI = 'fi',
  EN = 'en',
}
registerEnumType(NoticeLanguageValue, {
  name: 'NoticeLanguage',
  description: 'A language the notices are published in',
});

export enum RecordKindValue {
  CONTROLLER = 'controller',
  PROCESSOR = 'processor',
}
registerEnumType(RecordKindValue, {
  name: 'ProcessingRecordKind',
  description: "GDPR 30(1) controller's or 30(2) processor's record",
});

@ObjectType({ description: 'One section of a privacy notice' })
export class NoticeSection {
  @Field(() => String, { description: 'Stable key, the same in every language (e.g. purposes, retention)' })
  key!: string;

  @Field(() => String)
  heading!: string;

  @Field(() => [String])
  paragraphs!: string[];
}

@ObjectType({ description: "A register's privacy notice (tietosuojaseloste), rendered from its tenant file" })
export class PrivacyNotice {
  @Field(() => String, { description: "The tenant's slug" })
  tenant!: string;

  @Field(() => NoticeLanguageValue)
  language!: NoticeLanguageValue;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  registerName!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  reviewedOn!: string;

  @Field(() => [NoticeSection])
  sections!: NoticeSection[];

  @Field(() => String, { description: 'Path of the readable page, e.g. /privacy/eduro-training?lang=fi' })
  pagePath!: string;
}

@ObjectType({ description: 'One point of an Art. 30 record' })
export class ProcessingRecordItem {
  @Field(() => String, { description: 'e.g. 30(1)(b)' })
  article!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [String])
  values!: string[];
}

@ObjectType({ description: 'A record of processing activities (GDPR Art. 30)' })
export class ProcessingRecord {
  @Field(() => String)
  tenant!: string;

  @Field(() => RecordKindValue)
  kind!: RecordKindValue;

  @Field(() => NoticeLanguageValue)
  language!: NoticeLanguageValue;

  @Field(() => String, { description: 'The organisation that keeps this record' })
  keptBy!: string;

  @Field(() => [ProcessingRecordItem])
  items!: ProcessingRecordItem[];
}
