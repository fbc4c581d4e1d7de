import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AppCreateSurveyDocument, type QuestionKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';

interface DraftQuestion {
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  /** Choices, one a line (choice questions). */
  choices: string;
}

const KINDS: QuestionKind[] = ['FREE_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE'];
const blank = (): DraftQuestion => ({ kind: 'FREE_TEXT', prompt: '', required: false, choices: '' });

/** A new survey draft: title, intro and questions; on an error everything typed stays. */
export function SurveyForm({ onDone }: { onDone(title?: string): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [intro, setIntro] = useState('');
  const [questions, setQuestions] = useState<DraftQuestion[]>([blank()]);
  const [create, { loading, error }] = useMutation(AppCreateSurveyDocument, {
    refetchQueries: ['AppSurveys'],
    awaitRefetchQueries: true,
  });
  const change = (i: number, patch: Partial<DraftQuestion>) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await create({
        variables: {
          input: {
            title,
            intro: intro || null,
            questions: questions.map((q) => ({
              kind: q.kind,
              prompt: q.prompt,
              required: q.required,
              choices: q.kind.endsWith('CHOICE')
                ? q.choices
                    .split('\n')
                    .map((c) => c.trim())
                    .filter(Boolean)
                : null,
            })),
          },
        },
      });
      onDone(title);
    } catch {
      // ErrorText shows why
    }
  };

  return (
    <form className="panel survey-form" onSubmit={submit} aria-labelledby="survey-form-title">
      <h2 id="survey-form-title">{t('surveys.new')}</h2>
      <label htmlFor="survey-title">{t('surveys.name')}</label>
      <input id="survey-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="survey-intro">{t('surveys.intro')}</label>
      <textarea id="survey-intro" rows={2} value={intro} onChange={(e) => setIntro(e.target.value)} />
      {questions.map((q, i) => (
        <fieldset key={i} className="question">
          <legend>{t('surveys.question', { number: i + 1 })}</legend>
          <label htmlFor={`q${i}-prompt`}>{t('surveys.prompt')}</label>
          <input
            id={`q${i}-prompt`}
            required
            value={q.prompt}
            onChange={(e) => change(i, { prompt: e.target.value })}
          />
          <div className="row">
            <div>
              <label htmlFor={`q${i}-kind`}>{t('surveys.kind')}</label>
              <select
                id={`q${i}-kind`}
                value={q.kind}
                onChange={(e) => change(i, { kind: e.target.value as QuestionKind })}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`questionKind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input type="checkbox" checked={q.required} onChange={(e) => change(i, { required: e.target.checked })} />
              {t('surveys.required')}
            </label>
          </div>
          {q.kind.endsWith('CHOICE') ? (
            <>
              <label htmlFor={`q${i}-choices`}>{t('surveys.choices')}</label>
              <textarea
                id={`q${i}-choices`}
                rows={3}
                value={q.choices}
                onChange={(e) => change(i, { choices: e.target.value })}
              />
            </>
          ) : null}
          {questions.length > 1 ? (
            <button
              type="button"
              className="link-button"
              onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
            >
              {t('surveys.removeQuestion', { number: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" onClick={() => setQuestions((qs) => [...qs, blank()])}>
        {t('surveys.addQuestion')}
      </button>
      <ErrorText error={error} />
      <div className="actions">
        <button type="button" onClick={() => onDone()}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={loading}>
          {t('surveys.saveDraft')}
        </button>
      </div>
    </form>
  );
}
