import { useI18n } from '../../i18n/I18nProvider';
import { type ChangeRow, changeSinceReturnText } from './changes-text';

/**
 * What the team changed since the visit was last returned (computed on the server, an item's rows
 * together), for the reviewer: each item's label once, its changes under it.
 */
export function ChangesSinceReturn({ changes }: { changes: readonly ChangeRow[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  const items: { label: string | null; rows: ChangeRow[] }[] = [];
  for (const row of changes) {
    const last = items.at(-1);
    if (last && last.label === (row.itemLabel ?? null)) last.rows.push(row);
    else items.push({ label: row.itemLabel ?? null, rows: [row] });
  }
  return (
    <section className="card stack" aria-labelledby="changes-since-return-title" data-testid="changes-since-return">
      <h2 id="changes-since-return-title" className="section-title">
        {t('reviewLoop.changes.title', { count: changes.length })}
      </h2>
      <p className="muted">{t('reviewLoop.changes.explain')}</p>
      <ul className="history-list">
        {items.map((item) => (
          <li key={item.label ?? ''} data-testid="changes-item">
            {item.label && <div className="history-item">{item.label}</div>}
            <ul className="history-change">
              {item.rows.map((row) => (
                <li key={row.kind} data-testid="change-since-return">
                  {changeSinceReturnText(row, t)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
