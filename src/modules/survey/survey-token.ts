import { linkTokens } from '../../auth/link-tokens';

// The one-time link of a survey invitation (issue 4 item 7): `<publicUrl>/survey/<token>`, naming its tenant.

/** How long a link works (issue 4 item 7: links expire). */
export const SURVEY_LINK_DAYS = 14;

export const surveyTokens = linkTokens('ksv', 'survey');
