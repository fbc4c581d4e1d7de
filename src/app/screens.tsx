import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/i18n';
import { can, type Membership } from './session/membership';
import { ClientScreen } from './screens/clients/ClientScreen';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { UseLogScreen } from './screens/dpo/UseLogScreen';
import { SurveyScreen } from './screens/surveys/SurveyScreen';
import { SurveysScreen } from './screens/surveys/SurveysScreen';
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
  { path: 'use-log', nav: 'nav.useLog', allowed: can.readUseLog, component: UseLogScreen },
  // Next, as their operations land: rights-requests (DPO, due dates and overdue marked), disclosures
  // (the city's officers decide), and in card training identity-checks, exam results and expiring cards.
];

/** Where a member lands in a tenant: the first screen of the navigation they may use. */
export function homeScreen(m: Membership): Screen | undefined {
  return SCREENS.find((s) => s.nav && s.allowed(m));
}
