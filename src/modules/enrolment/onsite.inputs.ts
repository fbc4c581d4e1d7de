import { Field, ID, InputType } from 'type-graphql';
import { ContactChangeDecision } from '../training/training-record.types';
import { EnrolmentCompanyInput } from './enrolment.inputs';

@InputType({
  description:
    'The personal-data form filled in at the training: a walk-in participant (a known henkilötunnus attaches ' +
    'the person already in the register; their missing contact fields are completed, differing ones wait for ' +
    'confirmation). Give companyId or company',
})
export class RecordParticipantInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Henkilötunnus, all 11 characters; none for a person without one',
  })
  personalIdentityCode?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => ID, { nullable: true, description: 'A company already in the register' })
  companyId?: string | null;

  @Field(() => EnrolmentCompanyInput, { nullable: true, description: 'Or a company (found by its Y-tunnus)' })
  company?: EnrolmentCompanyInput | null;

  @Field(() => String, { description: "The participant's position at the company" })
  position!: string;
}

@InputType({
  description:
    "Completes a participant's missing data at the training: only empty fields are filled; a field already " +
    'recorded with another value is refused (a correction is updatePersonContact, with a reason)',
})
export class CompleteParticipantDataInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => String, { nullable: true })
  personalIdentityCode?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;
}

@InputType({ description: 'Confirm (apply) or reject contact details proposed on the public form' })
export class DecideContactChangeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactChangeDecision)
  decision!: ContactChangeDecision;
}
