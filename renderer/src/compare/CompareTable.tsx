import type { Criterion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import '#renderer/ui/charts.css';
import { compareGroups, NOT_MEASURED } from './compareRows.js';

type Props = { a: Attempt; b: Attempt; criteria: readonly Criterion[] };

/** Reviews and measurements of the two takes, one row per point, A and B side by side. */
export function CompareTable({ a, b, criteria }: Props) {
  return (
    <section className="card" aria-labelledby="compare-table-title">
      <h2 id="compare-table-title">Side by side</h2>
      <div className="table-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">Reviews and measurements of take A and take B</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Point</span>
              </th>
              <th scope="col">Take A</th>
              <th scope="col">Take B</th>
            </tr>
          </thead>
          {compareGroups(a, b, criteria).map((group) => (
            <tbody key={group.title}>
              <tr className="compare-table__group">
                <th scope="colgroup" colSpan={3}>
                  {group.title}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.label} className={row.a !== row.b ? 'compare-table__row--differs' : undefined}>
                  <th scope="row">{row.label}</th>
                  <td className={row.a === NOT_MEASURED ? 'muted' : undefined}>{row.a}</td>
                  <td className={row.b === NOT_MEASURED ? 'muted' : undefined}>{row.b}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
