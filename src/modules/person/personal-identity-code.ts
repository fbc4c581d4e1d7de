// Henkilötunnus (personal identity code), DOMAIN.md §6: DDMMYYCZZZQ.
// Since 2023 the century sign distinguishes people (010190-999W and 010190Y999W are two people),
// so the value is stored and compared as all eleven characters and never normalised.
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export interface ParsedIdentityCode {
  /** The code exactly as given: all 11 characters. */
  value: string;
  birthDate: string; // YYYY-MM-DD
  /** Individual numbers 900–999 are temporary codes. */
  temporary: boolean;
}

export type IdentityCodeProblem = 'format' | 'century' | 'date' | 'individualNumber' | 'checkCharacter';

/** Parses a henkilötunnus; returns the problem instead of throwing so callers can name the field. */
export function parseIdentityCode(value: string): ParsedIdentityCode | { problem: IdentityCodeProblem } {
  const match = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Y])$/.exec(value);
  if (!match) return { problem: 'format' };
  const [, dd, mm, yy, sign, individual, check] = match as unknown as string[];
  const century = CENTURY[sign!];
  if (century === undefined) return { problem: 'century' };
  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: 'date' };
  }
  if (Number(individual) < 2) return { problem: 'individualNumber' }; // 000 and 001 are never issued
  if (CHECK_CHARACTERS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) return { problem: 'checkCharacter' };
  return {
    value,
    birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}`,
    temporary: Number(individual) >= 900,
  };
}

export function isValidIdentityCode(value: string): boolean {
  return !('problem' in parseIdentityCode(value));
}

/** The masked form the API shows by default: birth date part kept, the rest hidden (`131052-****`). */
export function maskIdentityCode(value: string): string {
  return `${value.slice(0, 7)}****`;
}

/** Builds a valid henkilötunnus (for demo data and tests): `ddmmyy`, century sign, individual number. */
export function composeIdentityCode(ddmmyy: string, sign: string, individual: number): string {
  const zzz = String(individual).padStart(3, '0');
  return `${ddmmyy}${sign}${zzz}${CHECK_CHARACTERS[Number(`${ddmmyy}${zzz}`) % 31]}`;
}
