import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { CreateApiKeyInput, RevokeApiKeyInput, RotateApiKeyInput } from './api-key.inputs';
import { apiKeys, createApiKey, revokeApiKey, rotateApiKey } from './api-key.service';
import { ApiKeySecret, ApiKeyView } from './api-key.types';

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyView], { description: "The tenant's integration keys (ADMIN)" })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKeyView[]> {
    return apiKeys(ctx);
  }

  @Mutation(() => ApiKeySecret, {
    description: 'A key for an INTEGRATION principal acting for the tenant’s controller; the secret is shown only here',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: RequestContext) {
    return createApiKey(ctx, input);
  }

  @Mutation(() => ApiKeySecret, { description: 'A new secret for the key; the old one stops (after graceMinutes)' })
  rotateApiKey(@Arg('input', () => RotateApiKeyInput) input: RotateApiKeyInput, @Ctx() ctx: RequestContext) {
    return rotateApiKey(ctx, input);
  }

  @Mutation(() => ApiKeyView, { description: 'Stop the key at once, for good' })
  revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: RequestContext) {
    return revokeApiKey(ctx, input);
  }
}
