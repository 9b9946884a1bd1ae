import { useQuery } from '@apollo/client/react';
import type { IssuingAgencyFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import { AddAgencyPeriodForm } from './AddAgencyPeriodForm';
import { issuingAgenciesQuery } from './operations';

/**
 * The department's names as the issuer of its documents, period by period (newest first), and, for
 * those who may, the form that adds a new one from a day.
 */
export function AgencyPeriodsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(issuingAgenciesQuery);
  const periods = [...(data?.issuingAgencyIdentities ?? [])].reverse();

  return (
    <section className="card stack" data-testid="agency-periods" aria-labelledby="agency-periods-title">
      <h2 id="agency-periods-title">{t('agency.title')}</h2>
      <p className="muted">{t('agency.hint')}</p>
      {error && !data && <Banner tone="error">{t('common.networkError')}</Banner>}
      {loading && !data && <Spinner label={t('common.loading')} />}
      {data && periods.length === 0 && <Banner>{t('agency.empty')}</Banner>}
      {periods.length > 0 && (
        <ul className="stack">
          {periods.map((period) => (
            <AgencyPeriodItem key={period.id} period={period} />
          ))}
        </ul>
      )}
      {/* Mounted once the periods are known: the form starts from the latest one's parent and place. */}
      {canEdit && data && <AddAgencyPeriodForm latest={periods[0] ?? null} />}
    </section>
  );
}

function AgencyPeriodItem({ period }: { period: IssuingAgencyFieldsFragment }) {
  const { t } = useI18n();
  const dates = period.validTo
    ? t('agency.fromTo', { from: formatDate(period.validFrom), to: formatDate(period.validTo) })
    : `${t('agency.from', { date: formatDate(period.validFrom) })} (${t('agency.current')})`;
  const basis = period.legalBasisDate
    ? `${period.legalBasis} (${formatDate(period.legalBasisDate)})`
    : period.legalBasis;
  return (
    <li data-testid="agency-period">
      <strong>{period.name}</strong> · {period.abbreviation}
      <div className="muted">
        {dates}
        {period.parentName ? ` · ${period.parentName}` : ''} · {period.place}
      </div>
      <div className="muted">
        {t('agency.legalBasis')}: {basis}
      </div>
    </li>
  );
}
