import type { Notice } from '#shared/schemas/notice.js';

type Props = { notices: Notice[]; onDismiss(noticeId: string): void };

/** Things main found (a recovered recording, a settings file set aside); each stays until dismissed. */
export function NoticeBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
          <p>{notice.message}</p>
          <button type="button" className="button button--quiet" onClick={() => onDismiss(notice.id)}>
            Dismiss<span className="visually-hidden"> notice: {notice.message}</span>
          </button>
        </div>
      ))}
    </section>
  );
}
