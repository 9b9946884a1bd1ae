import type { ChecklistsVersionDetailFragment } from '../../apollo/generated/graphql';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TableWrap } from '../../ui/TableWrap';

/** A published version's criteria, group by group, as read-only tables. */
export function PublishedVersion({ version }: { version: ChecklistsVersionDetailFragment }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      {version.groups.map((group) => (
        <div key={group.id} className="stack">
          <h3>
            {group.code}. {group.title}
          </h3>
          <TableWrap label={`${group.code}. ${group.title}`}>
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t('checklists.itemCode')}</th>
                  <th>{t('checklists.itemText')}</th>
                  <th>{t('checklists.answerType')}</th>
                  <th className="num">{t('checklists.points')}</th>
                  <th>{t('checklists.photoRequired')}</th>
                  <th>{t('checklists.required')}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.code}</td>
                    <td>
                      {item.text}
                      {item.legalBasis && (
                        <div className="muted">
                          {t('checklists.legalBasis')}: {item.legalBasis}
                        </div>
                      )}
                    </td>
                    <td>
                      {t(`checklists.answerType.${item.answerType}`)}
                      {item.answerType === 'NUMBER' && (item.minValue != null || item.maxValue != null) && (
                        <div className="muted">
                          {item.minValue != null ? formatNumber(item.minValue) : '…'}–
                          {item.maxValue != null ? formatNumber(item.maxValue) : '…'}
                        </div>
                      )}
                    </td>
                    <td className="num">{formatNumber(item.points)}</td>
                    <td>{item.photoRequiredOnFail ? t('checklists.yes') : '—'}</td>
                    <td>{item.required ? t('checklists.yes') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      ))}
    </div>
  );
}
