// One formatter: building an Intl.DateTimeFormat costs about 0.2 ms, and retention asks for today per person.
const FINNISH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });

/** Today's date where the registers are kept (Europe/Helsinki), as YYYY-MM-DD. */
export function todayInFinland(now: Date = new Date()): string {
  return FINNISH_DATE.format(now);
}
