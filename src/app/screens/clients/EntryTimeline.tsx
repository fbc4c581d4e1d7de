import { useState } from 'react';
import type { AppEntryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';
import { categoryName, type ConsentCategory } from './categories';
import { CorrectionDialog } from './CorrectionDialog';

/** The entries, newest first, each as its latest version; corrections keep the earlier versions and reasons. */
export function EntryTimeline(props: {
  loading: boolean;
  error: unknown;
  entries: AppEntryFragment[] | undefined;
  canCorrect: boolean;
  consent: readonly ConsentCategory[];
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [correcting, setCorrecting] = useState<AppEntryFragment | null>(null);
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('entry.timeline')}</h2>
      {props.loading && !props.entries ? <Loading /> : null}
      <ErrorText error={props.error} />
      {props.entries && props.entries.length === 0 ? <Empty>{t('entry.none')}</Empty> : null}
      <ol className="timeline">
        {props.entries?.map((e) => (
          <li key={e.entryId} className="entry">
            <div className="entry-head">
              <strong>{t(`entryKind.${e.kind}`)}</strong>
              <span className="tag">{categoryName(i18n, e.category, props.consent)}</span>
              <span className="muted">
                {dateTime(e.createdAt)} · {e.authorName}
              </span>
            </div>
            <p className="entry-content">{e.content}</p>
            {e.version > 1 ? (
              <details>
                <summary>{t('entry.corrected', { count: e.version - 1 })}</summary>
                {e.correctionReason ? (
                  <p className="muted">
                    {t('entry.reason')}: {e.correctionReason}
                  </p>
                ) : null}
                <ol className="history">
                  {e.history
                    .filter((v) => v.id !== e.id)
                    .map((v) => (
                      <li key={v.id}>
                        <span className="muted">
                          {t('entry.version', { version: v.version })} · {dateTime(v.createdAt)} · {v.authorName}
                          {v.correctionReason ? ` · ${t('entry.reason')}: ${v.correctionReason}` : ''}
                        </span>
                        <p>{v.content}</p>
                      </li>
                    ))}
                </ol>
              </details>
            ) : null}
            {props.canCorrect ? (
              <button type="button" className="link-button" onClick={() => setCorrecting(e)}>
                {t('entry.correct')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {correcting ? <CorrectionDialog entry={correcting} onClose={() => setCorrecting(null)} /> : null}
    </section>
  );
}
