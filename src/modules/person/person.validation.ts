import { badInput } from '../../errors';

// Field checks shared by every form that records a person. Messages name the field, never the value.

export function requiredText(field: string, value: string | null | undefined, max: number, min = 1): string {
  const text = (value ?? '').trim();
  if (text.length < min) throw badInput(field, min === 1 ? 'required' : `at least ${min} characters`);
  if (text.length > max) throw badInput(field, `at most ${max} characters`);
  return text;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function optionalEmail(field: string, value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > 254 || !EMAIL.test(text)) throw badInput(field, 'not a valid email address');
  return text;
}

const PHONE = /^\+?[0-9][0-9 ()-]{4,19}$/;
export function optionalPhone(field: string, value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (!PHONE.test(text)) throw badInput(field, 'not a valid phone number');
  return text;
}
