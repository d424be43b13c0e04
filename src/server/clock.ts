/** Today's date where the people are (Europe/Oslo), as YYYY-MM-DD: 00:30 in Oslo is still "yesterday" in UTC. */
export function osloToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
