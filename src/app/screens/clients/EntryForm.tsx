import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppAddEntryDocument, type EntryKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Status } from '../../ui/ui';
import { categoryName, ENTRY_KINDS, OPEN_CATEGORIES, unavailableReason, type ConsentCategory } from './categories';

/**
 * A new entry. Consent-gated categories without active written consent cannot be chosen, and the form
 * says why; Kaira refuses them too (CONSENT_REQUIRED), e.g. after a withdrawal made meanwhile, and then
 * the text typed stays in the form.
 */
export function EntryForm(props: {
  personId: string;
  consent: readonly ConsentCategory[];
  consentLoaded: boolean;
  onAdded(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [kind, setKind] = useState<EntryKind>('COACHING');
  const [category, setCategory] = useState('coaching');
  const [content, setContent] = useState('');
  const [saved, setSaved] = useState(false);
  const [add, { loading, error }] = useMutation(AppAddEntryDocument);
  const unavailable = props.consent.filter((c) => !c.available);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await add({ variables: { input: { personId: props.personId, kind, category, content } } });
      setContent('');
      setSaved(true);
      props.onAdded();
    } catch {
      // ErrorText shows why; kind, category and content stay as typed
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('entry.new')}</h2>
      <form onSubmit={submit} className="entry-form">
        <div className="row">
          <div>
            <label htmlFor={`${id}-kind`}>{t('entry.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`entryKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-category`}>{t('entry.category')}</label>
            <select
              id={`${id}-category`}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              aria-describedby={unavailable.length ? `${id}-unavailable` : undefined}
            >
              {OPEN_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryName(i18n, c, props.consent)}
                </option>
              ))}
              {props.consent.map((c) => (
                <option key={c.category} value={c.category} disabled={!c.available}>
                  {c.name[i18n.lang]}
                  {c.available ? '' : ` — ${unavailableReason(i18n, c)}`}
                </option>
              ))}
            </select>
          </div>
        </div>
        {unavailable.length > 0 ? (
          <div id={`${id}-unavailable`} className="consent-note" data-testid="unavailable-categories">
            <p>{t('entry.unavailableIntro')}</p>
            <ul>
              {unavailable.map((c) => (
                <li key={c.category}>
                  <strong>{c.name[i18n.lang]}</strong>: {unavailableReason(i18n, c)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {!props.consentLoaded ? <p className="muted">{t('entry.consentLoading')}</p> : null}
        <label htmlFor={`${id}-content`}>{t('entry.content')}</label>
        <textarea
          id={`${id}-content`}
          rows={5}
          required
          value={content}
          onChange={(e) => {
            setContent(e.target.value);
            setSaved(false);
          }}
        />
        <ErrorText error={error} />
        {saved ? <Status>{t('entry.saved')}</Status> : null}
        <button type="submit" className="primary" disabled={loading || !content.trim()}>
          {loading ? t('common.saving') : t('entry.save')}
        </button>
      </form>
    </section>
  );
}
