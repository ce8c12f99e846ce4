type Props = { rating: number | null; onChange(rating: number | null): void };

const WORDS = ['', 'Needs a lot of work', 'Weak', 'Fair', 'Good', 'Excellent'];

export function RatingPicker({ rating, onChange }: Props) {
  return (
    <fieldset className="rating">
      <legend>Overall, how was this answer?</legend>
      <div className="rating__options" role="radiogroup" aria-label="Overall rating, 1 to 5">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="rating__option" title={WORDS[n]}>
            <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => onChange(n)} />
            <span aria-hidden="true">{n}</span>
            <span className="visually-hidden">
              {n} — {WORDS[n]}
            </span>
          </label>
        ))}
        {rating !== null && (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            Clear rating
          </button>
        )}
      </div>
      <p className="rating__word muted" aria-hidden="true">
        {rating ? WORDS[rating] : 'Not rated yet'}
      </p>
    </fieldset>
  );
}
