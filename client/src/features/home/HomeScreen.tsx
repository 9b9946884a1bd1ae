import { useQuery } from '@apollo/client/react';
import { ROUTES } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { Card } from '../../ui/Card';
import { can } from '../auth/permissions';
import { type CurrentUser, useCurrentUser } from '../auth/session';
import { unitsQuery } from '../units/operations';
import { InspectorDay } from '../visits/InspectorDay';
import { HomeCounts } from './HomeCounts';

/** The first screen after sign-in: who you are and what your role can do now. */
export function HomeScreen() {
  const { t } = useI18n();
  const user = useCurrentUser();
  // Whose records are their own unit's (a unit head): their unit and its findings come first.
  const ownUnit = can(user, 'VISIT_READ_UNIT');
  return (
    <div className="stack" data-testid={`home-${user.role.toLowerCase()}`}>
      <header>
        <h1 className="greeting">{t('home.greeting', { name: user.fullName })}</h1>
        <p className="muted">
          <span className="badge">{t(`role.${user.role}`)}</span>{' '}
          {user.unit ? t('home.yourUnit', { unit: user.unit.name }) : t('home.noUnit')}
        </p>
      </header>
      {/* The inspector's day first ("Hôm nay / Tuần này / Quá hạn / Sắp tới"), then the figures. */}
      {can(user, 'VISIT_CONDUCT') && <InspectorDay />}
      <HomeCounts user={user} />
      <h2 className="section-title">{t('home.sections')}</h2>
      <div className="cards">
        {ownUnit && user.unit && <OwnUnitCard unit={user.unit} />}
        {/* Leadership's overview: a choice of what to show first, not a permission. */}
        {user.role === 'LEADERSHIP' && <UnitsOverviewCard />}
        {can(user, 'VISIT_CONDUCT') && (
          <Card href={ROUTES.myVisits} title={t('visits.title')} testId="card-my-visits">
            <p className="muted">{t('visits.homeHint')}</p>
          </Card>
        )}
        {can(user, 'VISIT_REVIEW') && (
          <Card href={ROUTES.review} title={t('home.review')} testId="card-review">
            <p className="muted">{t('home.reviewHint')}</p>
          </Card>
        )}
        {can(user, 'CHECKLIST_MANAGE') && (
          <Card href={ROUTES.checklists} title={t('home.checklists')} testId="card-checklists">
            <p className="muted">{t('home.checklistsHint')}</p>
          </Card>
        )}
        {can(user, 'ROLLUP_READ') && (
          <Card href={ROUTES.dashboard} title={t('dashboard.title')} testId="card-dashboard">
            <p className="muted">{t('dashboard.homeHint')}</p>
          </Card>
        )}
        {can(user, 'REPORT_READ') && (
          <Card href={ROUTES.annualReport} title={t('annualReport.title')} testId="card-annual-report">
            <p className="muted">
              {can(user, 'REPORT_EDIT') ? t('annualReport.homeHint') : t('annualReport.homeView')}
            </p>
          </Card>
        )}
        {can(user, 'SELF_ASSESSMENT_READ') && (
          <Card href={ROUTES.selfAssessment} title={t('home.selfAssessment')} testId="card-self-assessment">
            <p className="muted">
              {can(user, 'SELF_ASSESSMENT_EDIT') ? t('home.selfAssessmentHint') : t('home.selfAssessmentView')}
            </p>
          </Card>
        )}
        {can(user, 'PLAN_READ') && (
          <Card href={ROUTES.plans} title={t('home.plans')} testId="card-plans">
            <p className="muted">{can(user, 'PLAN_MANAGE') ? t('home.plansHint') : t('home.plansView')}</p>
          </Card>
        )}
        {can(user, 'FINDING_FOLLOW') && !ownUnit && (
          <Card href={ROUTES.findings} title={t('home.findings')} testId="card-findings">
            <p className="muted">{t('home.findingsHint')}</p>
          </Card>
        )}
        {can(user, 'REGISTER_READ') && (
          <Card href={ROUTES.registers} title={t('registers.title')} testId="card-registers">
            <p className="muted">{can(user, 'REGISTER_MANAGE') ? t('registers.homeHint') : t('registers.homeView')}</p>
          </Card>
        )}
        {can(user, 'DEVICE_READ') && (
          <Card href={ROUTES.devices} title={t('home.devices')} testId="card-devices">
            <p className="muted">{t('home.devicesHint')}</p>
          </Card>
        )}
        {can(user, 'FINDING_FOLLOW') && ownUnit && (
          <Card href={ROUTES.findings} title={t('home.findingsOwn')} testId="card-findings">
            <p className="muted">{t('home.findingsOwnHint')}</p>
          </Card>
        )}
        {can(user, 'VISIT_READ_UNIT') && (
          <Card href={ROUTES.unitVisits} title={t('home.unitVisits')} testId="card-unit-visits">
            <p className="muted">{t('home.unitVisitsHint')}</p>
          </Card>
        )}
        <Card href={ROUTES.units} title={t('home.units')} testId="card-units">
          <p className="muted">{can(user, 'UNIT_MANAGE') ? t('home.unitsEdit') : t('home.unitsView')}</p>
        </Card>
        {can(user, 'USER_MANAGE') && (
          <Card href={ROUTES.users} title={t('home.users')} testId="card-users">
            <p className="muted">{t('home.usersHint')}</p>
          </Card>
        )}
        <Card href={ROUTES.changePassword} title={t('auth.changePassword')} testId="card-change-password">
          <p className="muted">{t('home.changePasswordHint')}</p>
        </Card>
      </div>
    </div>
  );
}

function OwnUnitCard({ unit }: { unit: NonNullable<CurrentUser['unit']> }) {
  const { t } = useI18n();
  return (
    <Card href={ROUTES.units} title={t('home.ownUnit')} testId="card-own-unit">
      <p className="card-strong">{unit.name}</p>
      <p className="muted">
        {t('home.ownUnitCode', { code: unit.code })} · {t(`unitKind.${unit.kind}`)}
      </p>
    </Card>
  );
}

function UnitsOverviewCard() {
  const { t } = useI18n();
  const { data } = useQuery(unitsQuery, { variables: { filter: { includeInactive: false } } });
  const active = data?.units.filter((unit) => unit.active).length;
  return (
    <Card href={ROUTES.units} title={t('home.overview')} testId="card-units-overview">
      <p className="card-strong">{active == null ? t('common.loading') : t('home.activeUnits', { count: active })}</p>
    </Card>
  );
}
