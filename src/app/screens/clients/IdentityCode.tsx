import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AppRevealIdentityCodeDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, useMembership } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Dialog } from '../../ui/ui';

/**
 * The henkilötunnus, masked. Showing it whole is a use-logged act with a stated purpose (DOMAIN.md §6):
 * the dialog asks for the purpose, and the code shown is forgotten when the page is left.
 */
export function IdentityCode({ personId, masked }: { personId: string; masked: string | null | undefined }) {
  const { t } = useI18n();
  const membership = useMembership();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [reveal, { data, loading, error, reset }] = useMutation(AppRevealIdentityCodeDocument);
  const shown = data?.revealPersonalIdentityCode.personalIdentityCode;
  if (!masked) return <>—</>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await reveal({ variables: { input: { personId, purpose } } });
      setOpen(false);
    } catch {
      // ErrorText shows it; the purpose typed stays
    }
  };
  return (
    <span className="identity-code">
      <span className="mono" data-testid="identity-code">
        {shown ?? masked}
      </span>
      {shown ? (
        <button type="button" className="link-button" onClick={() => reset()}>
          {t('identityCode.hide')}
        </button>
      ) : can.revealIdentityCode(membership) ? (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('identityCode.reveal')}
        </button>
      ) : null}
      <Dialog title={t('identityCode.dialogTitle')} open={open} onClose={() => setOpen(false)}>
        <form onSubmit={submit}>
          <p>{t('identityCode.explain')}</p>
          <label htmlFor="reveal-purpose">{t('identityCode.purpose')}</label>
          <textarea
            id="reveal-purpose"
            required
            rows={3}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
          />
          <ErrorText error={error} />
          <div className="actions">
            <button type="button" className="dialog-close" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={loading || !purpose.trim()}>
              {t('identityCode.show')}
            </button>
          </div>
        </form>
      </Dialog>
    </span>
  );
}
