import { linkTokens } from '../../auth/link-tokens';

/** Marketing opt-out links: `<publicUrl>/unsubscribe/<token>`. */
export const unsubscribeTokens = linkTokens('kun', 'unsubscribe');
