import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The signed-in user's second factor" })
export class SecondFactorStatus {
  @Field(() => Boolean, { description: 'A confirmed TOTP factor: sign-in asks for its code' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Unused recovery codes' })
  recoveryCodesLeft!: number;

  @Field(() => Boolean, { description: 'This session proved a second factor at sign-in' })
  sessionVerified!: boolean;
}

@ObjectType({ description: 'A TOTP secret to add to an authenticator app; confirm it with a first code' })
export class SecondFactorEnrolment {
  @Field(() => String, { description: 'Base32, for typing into the app' })
  secret!: string;

  @Field(() => String, { description: 'otpauth://totp/… (SHA1, 6 digits, 30 s), for a QR code' })
  otpauthUri!: string;
}

@ObjectType({ description: 'The factor is on. The recovery codes are shown only here; each works once' })
export class SecondFactorConfirmation {
  @Field(() => [String])
  recoveryCodes!: string[];
}

@InputType()
export class SecondFactorCodeInput {
  @Field(() => String, { description: 'A 6-digit code from the app (or, to disable, a recovery code)' })
  code!: string;
}
