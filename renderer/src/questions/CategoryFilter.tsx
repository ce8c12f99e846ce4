import type { Category } from '#shared/content/schema.js';

type Props = { categories: Category[]; selected: string | null; onSelect(categoryId: string | null): void };

/** Toggle buttons rather than a select: every category is visible at a glance and one Tab away. */
export function CategoryFilter({ categories, selected, onSelect }: Props) {
  const chip = (id: string | null, label: string) => (
    <button key={id ?? 'all'} type="button" className="chip" aria-pressed={selected === id} onClick={() => onSelect(id)}>
      {label}
    </button>
  );
  return (
    <div className="chips" role="group" aria-label="Show category">
      {chip(null, 'All categories')}
      {categories.map((c) => chip(c.id, c.label))}
    </div>
  );
}
