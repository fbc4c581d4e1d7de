import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AppCorrectEntryDocument, type AppEntryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Dialog } from '../../ui/ui';

/** Correcting an entry: a new version with the reason; the earlier version stays readable. */
export function CorrectionDialog({ entry, onClose }: { entry: AppEntryFragment; onClose(): void }) {
  const { t } = useI18n();
  const [content, setContent] = useState(entry.content);
  const [reason, setReason] = useState('');
  const [correct, { loading, error }] = useMutation(AppCorrectEntryDocument, {
    refetchQueries: ['AppClientEntries'],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await correct({ variables: { input: { entryId: entry.id, content, reason } } });
      onClose();
    } catch {
      // ErrorText shows why; both fields keep what was typed
    }
  };
  return (
    <Dialog title={t('correction.title')} open onClose={onClose}>
      <form onSubmit={submit}>
        <label htmlFor="correction-content">{t('correction.content')}</label>
        <textarea
          id="correction-content"
          rows={6}
          required
          value={content}
          onChange={(e) => setContent(e.target.value)}
        />
        <label htmlFor="correction-reason">{t('correction.reason')}</label>
        <input id="correction-reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
        <p className="muted">{t('correction.keepsEarlier')}</p>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="dialog-close" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={loading || !reason.trim() || !content.trim()}>
            {t('correction.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
