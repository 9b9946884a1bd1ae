import type { FindingsListItemFragment } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { splitOpening } from '../../app/split-view';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { FindingStatusBadge } from '../../ui/StatusBadges';
import { UnitAsOfName } from '../units/UnitAsOfName';

interface FindingsTableProps {
  findings: readonly FindingsListItemFragment[];
  /** The finding open beside the list, marked as the current row. */
  selectedId: string | null;
  /** The list's address parameters (`?nam=2021&q=...`), kept in each row's address. */
  search: string;
}

/**
 * The findings list beside an open finding on a wide screen: one compact row per finding (unit, finding,
 * deadline, status), the whole row a link to it, the open one marked.
 */
export function FindingsTable({ findings, selectedId, search }: FindingsTableProps) {
  const { t } = useI18n();
  return (
    <table className="data-table split-table" aria-label={t('findings.title')}>
      <thead>
        <tr>
          <th scope="col">{t('findings.unit')}</th>
          <th scope="col">{t('findings.column')}</th>
          <th scope="col">{t('findings.deadline')}</th>
          <th scope="col">{t('findings.status')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((finding) => {
          const href = recordPath('findings', finding.id) + search;
          const current = finding.id === selectedId;
          return (
            <tr key={finding.id} className={finding.overdue ? 'split-row-overdue' : undefined}>
              <td>
                <UnitAsOfName asOf={finding.responsibleUnitAsOf} unit={finding.responsibleUnit} today={false} />
              </td>
              <td>
                <a
                  className="split-row-link"
                  href={href}
                  aria-current={current ? 'page' : undefined}
                  onClick={linkClick(href, splitOpening(selectedId !== null))}
                  data-testid="finding-row"
                >
                  {finding.foundText ?? t('findings.needsWording')}
                </a>
              </td>
              <td className={finding.overdue ? 'text-danger' : undefined}>
                {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
                {finding.overdue && <span className="split-row-note">{t('findings.overdue')}</span>}
              </td>
              <td>
                <FindingStatusBadge status={finding.status} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
