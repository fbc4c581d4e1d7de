import { badInput, KairaError } from '../../errors';
import { requiredText } from '../person/person.validation';
import type { QuestionKindValue } from './survey.entities';
import type { CreateSurveyInput, SurveyAnswerInput, SurveyQuestionInput } from './survey.inputs';

// Checks of what staff write (surveys) and what clients answer. BAD_USER_INPUT names the field, or for an
// answer the question (its id and position); never the value.

const MAX_QUESTIONS = 50;
const MAX_CHOICES = 20;
const MAX_ANSWER = 5000;
const CHOICE_KINDS: ReadonlySet<QuestionKindValue> = new Set(['single-choice', 'multiple-choice']);

export interface SurveyContent {
  title: string;
  intro: string | null;
  questions: Array<{ kind: QuestionKindValue; prompt: string; choices: string[]; required: boolean }>;
}

/** Title, intro and questions, checked and trimmed; BAD_USER_INPUT naming the first bad field. */
export function surveyContent(input: CreateSurveyInput): SurveyContent {
  const title = oneLine('title', requiredText('title', input.title, 200));
  const intro = input.intro?.trim() ? requiredText('intro', input.intro, 5000) : null;
  if (input.questions.length < 1) throw badInput('questions', 'at least one question');
  if (input.questions.length > MAX_QUESTIONS) throw badInput('questions', `at most ${MAX_QUESTIONS} questions`);
  return { title, intro, questions: input.questions.map((q, i) => question(`questions[${i}]`, q)) };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Text that becomes an email's subject line: no line breaks or other control characters. */
export function oneLine(field: string, text: string): string {
  if (CONTROL.test(text)) throw badInput(field, 'must be one line of text');
  return text;
}

function question(field: string, input: SurveyQuestionInput): SurveyContent['questions'][number] {
  const kind = input.kind as QuestionKindValue;
  const prompt = requiredText(`${field}.prompt`, input.prompt, 1000);
  const given = input.choices ?? [];
  if (!CHOICE_KINDS.has(kind)) {
    if (given.length > 0) throw badInput(`${field}.choices`, 'only choice questions have choices');
    return { kind, prompt, choices: [], required: input.required };
  }
  if (given.length < 2) throw badInput(`${field}.choices`, 'a choice question needs at least two choices');
  if (given.length > MAX_CHOICES) throw badInput(`${field}.choices`, `at most ${MAX_CHOICES} choices`);
  const choices = given.map((c, i) => requiredText(`${field}.choices[${i}]`, c, 200));
  if (new Set(choices).size !== choices.length) throw badInput(`${field}.choices`, 'the choices must differ');
  return { kind, prompt, choices, required: input.required };
}

export interface AnsweredQuestion {
  id: string;
  position: number;
  kind: QuestionKindValue;
  choices: string[];
  required: boolean;
}

export interface AnswerValue {
  questionId: string;
  textValue: string | null;
  choiceValues: string[] | null;
  scaleValue: number | null;
}

/** The answers checked against the survey's questions: each by its kind, every required one present. */
export function answerValues(
  questions: readonly AnsweredQuestion[],
  answers: readonly SurveyAnswerInput[],
): AnswerValue[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const values: AnswerValue[] = [];
  answers.forEach((answer, i) => {
    const q = byId.get(answer.questionId.toLowerCase());
    if (!q) throw badInput(`answers[${i}].questionId`, 'not a question of this survey');
    if (seen.has(q.id)) throw questionError(q, 'answered twice');
    seen.add(q.id);
    values.push({ questionId: q.id, ...answerValue(q, answer) });
  });
  const missing = questions.find((q) => q.required && !seen.has(q.id));
  if (missing) throw questionError(missing, 'an answer is required');
  if (values.length === 0) throw badInput('answers', 'answer at least one question');
  return values.sort((a, b) => byId.get(a.questionId)!.position - byId.get(b.questionId)!.position);
}

function answerValue(q: AnsweredQuestion, answer: SurveyAnswerInput): Omit<AnswerValue, 'questionId'> {
  const given = { text: answer.text != null, choices: answer.choices != null, scale: answer.scale != null };
  const field = q.kind === 'free-text' ? 'text' : q.kind === 'scale' ? 'scale' : 'choices';
  if (Object.entries(given).some(([name, present]) => present && name !== field)) {
    throw questionError(q, `answer a ${q.kind} question with ${field} only`);
  }
  const none = { textValue: null, choiceValues: null, scaleValue: null };
  switch (q.kind) {
    case 'free-text': {
      const text = answer.text?.trim() ?? '';
      if (!text) throw questionError(q, 'the text is empty');
      if (text.length > MAX_ANSWER) throw questionError(q, `at most ${MAX_ANSWER} characters`);
      return { ...none, textValue: text };
    }
    case 'scale': {
      const scale = answer.scale;
      if (scale == null || !Number.isInteger(scale) || scale < 1 || scale > 5) {
        throw questionError(q, 'a scale answer is 1, 2, 3, 4 or 5');
      }
      return { ...none, scaleValue: scale };
    }
    default:
      return { ...none, choiceValues: choiceAnswer(q, answer.choices ?? []) };
  }
}

function choiceAnswer(q: AnsweredQuestion, choices: readonly string[]): string[] {
  if (q.kind === 'single-choice' && choices.length !== 1) throw questionError(q, 'choose exactly one');
  if (choices.length === 0) throw questionError(q, 'choose at least one');
  if (new Set(choices).size !== choices.length) throw questionError(q, 'a choice is given twice');
  if (choices.some((c) => !q.choices.includes(c))) throw questionError(q, 'not one of the choices');
  // In the survey's order, whatever order the form sent them in.
  return q.choices.filter((c) => choices.includes(c));
}

/** BAD_USER_INPUT naming the question by id and position. */
function questionError(q: AnsweredQuestion, message: string): KairaError {
  return new KairaError('BAD_USER_INPUT', `answers: question ${q.position}: ${message}`, {
    field: 'answers',
    questionId: q.id,
    position: q.position,
  });
}
