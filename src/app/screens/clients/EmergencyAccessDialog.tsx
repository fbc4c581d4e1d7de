import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AppOpenEmergencyAccessDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Dialog } from '../../ui/ui';

const MIN_REASON = 20;

/**
 * Emergency access (DOMAIN.md §2.2): a coach without a client relationship opens the client for four
 * hours with a stated reason, which is use-logged and reviewed by the controller's DPO.
 */
export function EmergencyAccessDialog(props: { personId: string; open: boolean; onClose(): void; onOpened(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [openAccess, { loading, error }] = useMutation(AppOpenEmergencyAccessDocument);
  const short = reason.trim().length < MIN_REASON;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await openAccess({ variables: { input: { personId: props.personId, reason } } });
      props.onOpened();
    } catch {
      // ErrorText shows why; the reason stays
    }
  };
  return (
    <Dialog title={t('emergency.title')} open={props.open} onClose={props.onClose}>
      <form onSubmit={submit}>
        <p>{t('emergency.dialogExplain')}</p>
        <label htmlFor="emergency-reason">{t('emergency.reason')}</label>
        <textarea
          id="emergency-reason"
          rows={4}
          required
          minLength={MIN_REASON}
          aria-describedby="emergency-reason-hint"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id="emergency-reason-hint" className="muted">
          {t('emergency.reasonHint', { min: MIN_REASON, count: reason.trim().length })}
        </p>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" className="dialog-close" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={loading || short}>
            {t('emergency.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
