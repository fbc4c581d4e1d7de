import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AppClientConsentDocument, AppClientDocument, AppClientEntriesDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, useMembership, useTenantPath } from '../../session/membership';
import { codeOf, ErrorText } from '../../ui/errors';
import { Loading } from '../../ui/ui';
import { ClientDetails } from './ClientDetails';
import { ConsentSection } from './ConsentSection';
import { EmergencyAccessDialog } from './EmergencyAccessDialog';
import { EntryForm } from './EntryForm';
import { EntryTimeline } from './EntryTimeline';

/** One client: basic data, consents, the entry timeline and a new entry, as the member's roles allow. */
export function ClientScreen() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const membership = useMembership();
  const tenantPath = useTenantPath();
  const client = useQuery(AppClientDocument, { variables: { id: personId } });
  const opened = Boolean(client.data);
  const consent = useQuery(AppClientConsentDocument, {
    variables: { personId },
    skip: !opened || !can.readConsent(membership),
  });
  const entries = useQuery(AppClientEntriesDocument, {
    variables: { personId },
    skip: !opened || !can.readEntries(membership),
  });
  const [emergencyOpen, setEmergencyOpen] = useState(false);

  const back = (
    <p className="back">
      <Link to={tenantPath('clients')}>← {t('clients.back')}</Link>
    </p>
  );
  if (client.loading && !client.data) return <Loading />;
  if (!client.data) {
    const noRelationship = codeOf(client.error) === 'FORBIDDEN' && can.openEmergencyAccess(membership);
    return (
      <section>
        {back}
        <h1>{t('client.title')}</h1>
        {noRelationship ? null : <ErrorText error={client.error} />}
        {noRelationship ? (
          <div className="panel warning" role="alert">
            <p>{t('emergency.explain')}</p>
            <button type="button" onClick={() => setEmergencyOpen(true)}>
              {t('emergency.open')}
            </button>
            <EmergencyAccessDialog
              personId={personId}
              open={emergencyOpen}
              onClose={() => setEmergencyOpen(false)}
              onOpened={() => {
                setEmergencyOpen(false);
                void client.refetch();
              }}
            />
          </div>
        ) : null}
      </section>
    );
  }
  const c = client.data.client;
  const categories = consent.data?.consentStatus.categories ?? [];
  const coachingColumn = can.writeEntries(membership) || can.readEntries(membership);
  return (
    <section aria-labelledby="client-title">
      {back}
      <h1 id="client-title">
        {c.firstName} {c.lastName}
      </h1>
      <div className={coachingColumn ? 'client-grid' : 'client-grid single'}>
        <div>
          <ClientDetails client={c} />
          {can.readConsent(membership) ? (
            <ConsentSection loading={consent.loading} error={consent.error} data={consent.data} />
          ) : null}
        </div>
        {coachingColumn ? (
          <div>
            {can.writeEntries(membership) ? (
              <EntryForm
                personId={personId}
                consent={categories}
                consentLoaded={Boolean(consent.data)}
                onAdded={() => void entries.refetch()}
              />
            ) : null}
            {can.readEntries(membership) ? (
              <EntryTimeline
                loading={entries.loading}
                error={entries.error}
                entries={entries.data?.clientEntries}
                canCorrect={can.writeEntries(membership)}
                consent={categories}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
