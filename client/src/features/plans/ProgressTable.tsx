import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TableWrap } from '../../ui/TableWrap';
import { TitledSection } from '../../ui/TitledSection';
import type { Plan } from './plan-choices';
import { activeMonths, progressTotals } from './progress';

/** The plan month by month: visits planned, done, in progress and overdue. */
export function ProgressTable({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const months = activeMonths(plan.progress);
  const totals = progressTotals(plan.progress);
  return (
    <TitledSection titleId="progress-title" title={t('plans.progress')}>
      <p>
        <strong>{t('plans.doneShare', { share: formatNumber(totals.doneShare) })}</strong>
      </p>
      <TableWrap label={t('plans.progress')}>
        <table className="data-table data-table-fit" data-testid="plan-progress">
          <thead>
            <tr>
              <th>{t('plans.month')}</th>
              <th className="num">{t('plans.planned')}</th>
              <th className="num">{t('plans.done')}</th>
              <th className="num">{t('plans.inProgress')}</th>
              <th className="num">{t('plans.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <td>{t('plans.monthValue', { month: month.month })}</td>
                <td className="num">{month.planned}</td>
                <td className="num">{month.done}</td>
                <td className="num">{month.inProgress}</td>
                <td className={month.overdue > 0 ? 'num text-danger' : 'num'}>{month.overdue}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('plans.total')}</td>
              <td className="num">{totals.planned}</td>
              <td className="num">{totals.done}</td>
              <td className="num">{totals.inProgress}</td>
              <td className={totals.overdue > 0 ? 'num text-danger' : 'num'}>{totals.overdue}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </TitledSection>
  );
}
