/** Today's date where the registers are kept (Europe/Helsinki), as YYYY-MM-DD. */
export function todayInFinland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}
