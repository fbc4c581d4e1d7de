import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { login, logout, me, refreshSession } from './account.service';
import { AuthPayload, LoginInput, Me, RefreshSessionInput } from './account.types';

@Resolver()
export class AccountResolver {
  @Query(() => Me, { description: 'The signed-in user, their memberships, and the membership in the named tenant' })
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return me(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'Sign in with email and password' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return login(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token (once) for new tokens' })
  refreshSession(
    @Arg('input', () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return refreshSession(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'End the current session: its access and refresh tokens stop working' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return logout(ctx);
  }
}
