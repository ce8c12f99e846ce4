/**
 * What reading a recorded file found. `empty`: a well-formed file with no audio in it (a
 * recording stopped before its first frame). `unplayable`: not a file of that container at all.
 */
export type ScanResult<Layout> = { kind: 'audio'; layout: Layout } | { kind: 'empty' } | { kind: 'unplayable' };
