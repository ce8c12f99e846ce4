/**
 * The user's IANA time zone, sent with every progress request: main computes "today" and streaks
 * in the user's days, and in the browser host main may even run in another zone than the page.
 */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
