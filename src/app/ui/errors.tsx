import { CombinedGraphQLErrors } from '@apollo/client';
import { isMessageKey, useI18n, type MessageKey } from '../i18n/i18n';

// A failed operation in words: the message for its extensions.code (error.<CODE> in the message files),
// with the field a BAD_USER_INPUT names. Kaira's own English messages are never shown.

export interface ErrorInfo {
  code: string;
  field?: string;
}

export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    // A finer reason (WRONG_CREDENTIALS, SESSION_ENDED…) wins when the message files have words for it.
    const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
    const code =
      reason && isMessageKey(`error.${reason}`)
        ? reason
        : typeof extensions.code === 'string'
          ? extensions.code
          : 'UNKNOWN';
    const field = typeof extensions.field === 'string' ? extensions.field : undefined;
    return { code, field };
  }
  return { code: 'NETWORK' };
}

export function codeOf(error: unknown): string | null {
  return error ? errorInfo(error).code : null;
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return (error) => {
    const { code, field } = errorInfo(error);
    const key = `error.${code}`;
    const message = t(isMessageKey(key) ? key : 'error.UNKNOWN');
    if (!field) return message;
    const fieldKey = `field.${field}`;
    return `${message} ${t('error.field', { field: isMessageKey(fieldKey) ? t(fieldKey as MessageKey) : field })}`;
  };
}

/** The error, announced to screen readers as it appears. */
export function ErrorText({ error }: { error: unknown }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {text(error)}
    </p>
  );
}
