import { LockMode } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { CardType } from './training.entities';
import type { UpdateCardTypeInput } from './training.inputs';
import { cardTypeRows, toCardType } from './training.rows';
import type { CardTypeView } from './training.types';
import { cardTypeFields } from './training.validation';

// The card-type catalogue (DOMAIN.md §2.1): seeded per tenant (card-type.seed.ts), edited by OFFICE.
// No personal data here, so no use-log entry.

export async function listCardTypes(ctx: RequestContext): Promise<CardTypeView[]> {
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) => cardTypeRows(em, tenantId));
  return rows.map(toCardType);
}

/** Changes the given catalogue fields of one type; every field is checked before anything is written. */
export async function updateCardType(ctx: RequestContext, input: UpdateCardTypeInput): Promise<CardTypeView> {
  const id = uuidArg('id', input.id);
  const fields = cardTypeFields(input);
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    const type = await em.findOne(CardType, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!type) throw notFound('card type');
    const { examPassMark, ...rest } = fields;
    em.assign(type, rest);
    if (examPassMark !== undefined) type.examPassMark = examPassMark === null ? null : examPassMark.toFixed(1);
    if (type.validityMonths === null && type.validityBasis === 'month') {
      // A month basis counts validity; without validity it means nothing, so refuse the combination.
      throw badInput(fields.validityBasis ? 'validityBasis' : 'validityMonths', 'a MONTH basis needs validityMonths');
    }
    type.updatedAt = new Date();
    type.updatedBy = userId;
    await em.flush();
    return toCardType((await cardTypeRows(em, tenantId, id))[0]!);
  });
}
