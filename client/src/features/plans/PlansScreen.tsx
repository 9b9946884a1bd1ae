import { useYearParam } from '../../app/year-param';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { PlansSection } from './PlansSection';
import { TeamsSection } from './TeamsSection';

/** Kế hoạch: the year's inspection plans and teams. */
export function PlansScreen() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canManage = can(user, 'PLAN_MANAGE');
  const [year, setYear] = useYearParam(new Date().getFullYear());
  return (
    <>
      <PageHeader title={t('plans.title')} />
      <div className="stack">
        {!canManage && <Banner>{t('plans.readOnly')}</Banner>}
        <div className="filters">
          <YearSelect label={t('plans.year')} value={year} onChange={setYear} ahead />
        </div>
        <PlansSection year={year} canManage={canManage} />
        <TeamsSection year={year} canManage={canManage} />
      </div>
    </>
  );
}
