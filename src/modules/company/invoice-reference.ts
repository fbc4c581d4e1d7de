// Finnish reference numbers (viitenumero, Finance Finland's standard): a base of 3–19 digits and a check digit.
// The base's digits from the right are weighted 7, 3, 1, 7, 3, 1, …; the check digit takes the sum up to
// the next multiple of ten (0 when it already is one).

/** The reference number for a base of digits, e.g. 1000 → 10003. */
export function referenceFor(base: string): string {
  if (!/^[0-9]{3,19}$/.test(base)) throw new Error('a reference base is 3–19 digits');
  const weights = [7, 3, 1];
  const sum = [...base].reverse().reduce((acc, digit, i) => acc + Number(digit) * weights[i % 3]!, 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/** True for a well-formed reference number with the right check digit. */
export function isValidReference(reference: string): boolean {
  return /^[0-9]{4,20}$/.test(reference) && referenceFor(reference.slice(0, -1)) === reference;
}
