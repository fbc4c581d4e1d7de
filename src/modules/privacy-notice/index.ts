import { PrivacyNoticeResolver } from './privacy-notice.resolver';
import { privacyNoticeRules } from './privacy-notice.rules';

export const privacyNoticeModule = {
  entities: [],
  resolvers: [PrivacyNoticeResolver],
  rules: privacyNoticeRules,
} as const;
