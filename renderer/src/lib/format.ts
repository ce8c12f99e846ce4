const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** "27 Nov, 14:05" in the user's own locale. */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
