import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/i18n';
import { can, type Membership } from './session/membership';
import { ClientScreen } from './screens/clients/ClientScreen';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { UseLogScreen } from './screens/dpo/UseLogScreen';
import { SurveyScreen } from './screens/surveys/SurveyScreen';
import { SurveysScreen } from './screens/surveys/SurveysScreen';
import { DisclosuresScreen } from './screens/disclosures/DisclosuresScreen';
import { RightsRequestScreen } from './screens/rights/RightsRequestScreen';
import { RightsRequestsScreen } from './screens/rights/RightsRequestsScreen';
import { ExpiringCardsScreen } from './screens/training/ExpiringCardsScreen';
import { SessionScreen } from './screens/training/SessionScreen';
import { SessionsScreen } from './screens/training/SessionsScreen';

// The screens of a tenant, under /app/<tenant>/. A screen is shown (and listed in the navigation when it
// has a label) only to members whose roles allow it; a new screen is one more line here.
export interface Screen {
  path: string;
  /** Its navigation label; screens without one are reached from other screens. */
  nav?: MessageKey;
  allowed(m: Membership): boolean;
  component: ComponentType;
}

export const SCREENS: Screen[] = [
  { path: 'clients', nav: 'nav.clients', allowed: can.listClients, component: ClientsScreen },
  { path: 'clients/:personId', allowed: can.listClients, component: ClientScreen },
  { path: 'surveys', nav: 'nav.surveys', allowed: can.readSurveys, component: SurveysScreen },
  { path: 'surveys/:surveyId', allowed: can.readSurveys, component: SurveyScreen },
  { path: 'sessions', nav: 'nav.sessions', allowed: can.readSessions, component: SessionsScreen },
  { path: 'sessions/:sessionId', allowed: can.readSessions, component: SessionScreen },
  { path: 'expiring-cards', nav: 'nav.expiringCards', allowed: can.readExpiringCards, component: ExpiringCardsScreen },
  {
    path: 'rights-requests',
    nav: 'nav.rightsRequests',
    allowed: can.readRightsRequests,
    component: RightsRequestsScreen,
  },
  { path: 'rights-requests/:requestId', allowed: can.readRightsRequests, component: RightsRequestScreen },
  { path: 'disclosures', nav: 'nav.disclosures', allowed: can.readDisclosures, component: DisclosuresScreen },
  { path: 'use-log', nav: 'nav.useLog', allowed: can.readUseLog, component: UseLogScreen },
];

/** Where a member lands in a tenant: the first screen of the navigation they may use. */
export function homeScreen(m: Membership): Screen | undefined {
  return SCREENS.find((s) => s.nav && s.allowed(m));
}
