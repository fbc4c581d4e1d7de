import type { AppClientQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { IdentityCode } from './IdentityCode';

type Client = AppClientQuery['client'];

/** The client's basic data and service periods. */
export function ClientDetails({ client }: { client: Client }) {
  const { t, date } = useI18n();
  const address = [client.streetAddress, [client.postalCode, client.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const rows: Array<[string, React.ReactNode]> = [
    [t('client.identityCode'), <IdentityCode personId={client.id} masked={client.personalIdentityCodeMasked} />],
    [t('client.gender'), client.gender ? t(`gender.${client.gender}`) : '—'],
    [t('client.phone'), client.phone ?? '—'],
    [t('client.email'), client.email ?? '—'],
    [t('client.address'), address || '—'],
    [t('client.education'), client.education ?? '—'],
    [t('client.otherServiceData'), client.otherServiceData ?? '—'],
  ];
  return (
    <section className="panel" aria-labelledby="client-basic">
      <h2 id="client-basic">{t('client.basicData')}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('client.servicePeriods')}</h3>
      {client.servicePeriods.length === 0 ? <p className="empty">{t('client.noServicePeriods')}</p> : null}
      <ul className="plain">
        {client.servicePeriods.map((p) => (
          <li key={p.id}>
            <strong>{t(`service.${p.service}`)}</strong> · {t(`periodStatus.${p.status}`)} · {date(p.startsOn)}
            {p.endsOn ? `–${date(p.endsOn)}` : ''}
            <br />
            <span className="muted">
              {t('client.referrer')}: {p.referrer.name} · {t('client.purchaser')}: {p.purchaser.name}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
