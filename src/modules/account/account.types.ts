import { Field, InputType, ObjectType } from 'type-graphql';
import { ActsFor, Role } from '../../auth/roles';
import { Organisation } from '../organisation/organisation.entity';
import { Tenant } from '../tenant/tenant.entity';
import { UserAccount } from './user-account.entity';

@InputType()
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For an account with a second factor: a 6-digit code from the authenticator app, or a recovery code. ' +
      'Without it such an account gets SECOND_FACTOR_REQUIRED (reason CODE_MISSING)',
  })
  secondFactorCode?: string | null;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String)
  refreshToken!: string;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and a single-use refresh token' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer …`' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: 'Use once with refreshSession; a reused token ends the session' })
  refreshToken!: string;

  @Field(() => UserAccount)
  user!: UserAccount;
}

@ObjectType('TenantMembership', { description: "A user's roles in one tenant" })
export class MembershipView {
  @Field(() => Tenant)
  tenant!: Tenant;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Organisation, { description: 'The organisation the user acts for in this tenant' })
  organisation!: Organisation;

  @Field(() => ActsFor, { description: "Whether that organisation is the tenant's controller or its processor" })
  actsFor!: ActsFor;
}

@ObjectType({ description: 'The signed-in principal' })
export class Me {
  @Field(() => UserAccount)
  user!: UserAccount;

  @Field(() => [MembershipView])
  memberships!: MembershipView[];

  @Field(() => MembershipView, { nullable: true, description: 'The membership in the tenant this request names' })
  current!: MembershipView | null;
}
