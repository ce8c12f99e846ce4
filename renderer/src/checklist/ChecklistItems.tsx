import type { Checklist } from '#shared/content/schema.js';

type Props = {
  items: Checklist['items'];
  checked: readonly string[];
  onToggle(itemId: string, checked: boolean): void;
  /** Each item's text alone, in columns: above the question list it must not push the list off the screen. */
  compact?: boolean;
};

/** One checkbox per item, its detail under it; the whole row is the label, so a click or Space anywhere ticks it. */
export function ChecklistItems({ items, checked, onToggle, compact = false }: Props) {
  return (
    <ul className={`checklist__items${compact ? ' checklist__items--compact' : ''}`}>
      {items.map((item) => (
        <li key={item.id}>
          <label className="checklist__item">
            <input type="checkbox" checked={checked.includes(item.id)} onChange={(e) => onToggle(item.id, e.target.checked)} />
            <span>
              <span className="checklist__text">
                {item.text}
                {/* Advice the guide does not contain says so (content: "source": "coaching"). */}
                {!compact && item.source === 'coaching' && <span className="checklist__source">Coaching advice</span>}
              </span>
              {!compact && item.detail && <span className="checklist__detail">{item.detail}</span>}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
