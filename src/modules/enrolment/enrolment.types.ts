import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum EnrolmentStatus {
  ENROLLED = 'enrolled',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

@ObjectType({ description: 'When and where the enrolled session is' })
export class EnrolmentSession {
  @Field(() => Date)
  starts!: Date;

  @Field(() => String)
  place!: string;
}

@ObjectType({
  description: "The form's receipt: never any stored personal data (the form must not reveal a person's data)",
})
export class EnrolmentReceipt {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => EnrolmentSession)
  session!: EnrolmentSession;
}
