import { useI18n } from '../../i18n/I18nProvider';
import { type ChangeRow, changeSinceReturnText } from './changes-text';

/** What the team changed since the visit was last returned (computed on the server), for the reviewer. */
export function ChangesSinceReturn({ changes }: { changes: readonly ChangeRow[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="changes-since-return-title" data-testid="changes-since-return">
      <h2 id="changes-since-return-title" className="section-title">
        {t('reviewLoop.changes.title', { count: changes.length })}
      </h2>
      <p className="muted">{t('reviewLoop.changes.explain')}</p>
      <ul className="history-change">
        {changes.map((change) => (
          <li key={`${change.kind}:${change.itemLabel ?? ''}`} data-testid="change-since-return">
            {change.itemLabel && <strong>{change.itemLabel}: </strong>}
            {changeSinceReturnText(change, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
