import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { rectifyPerson } from './rectification.service';
import { RectifyPersonInput } from './rights-request.inputs';
import { Rectification } from './rights-request.types';

@Resolver(() => Rectification)
export class RectificationResolver {
  @Mutation(() => Rectification, { description: "Rectify the person's basic data (GDPR 16); recipients are told" })
  rectifyPerson(@Arg('input', () => RectifyPersonInput) input: RectifyPersonInput, @Ctx() ctx: RequestContext) {
    return rectifyPerson(ctx, input);
  }
}
