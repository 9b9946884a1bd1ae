import { useState } from 'react';
import { useUrlParams } from '../../app/url-params';
import { useYearParam } from '../../app/year-param';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './registers.css';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { DocumentsSection } from './DocumentsSection';
import { IndexResultsSection } from './IndexResultsSection';
import { ProceduresSection } from './ProceduresSection';

const TABS = ['documents', 'procedures', 'indices'] as const;
type Tab = (typeof TABS)[number];

/** Số liệu năm: the registers the annual report is drawn from, one tab each, for a chosen year. */
export function RegistersScreen() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canEdit = can(user, 'REGISTER_MANAGE');
  // The registers are filled in for the year just ended.
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [tab, setTab] = useState<Tab>('documents');
  const [, setPages] = useUrlParams(['trang-vb', 'trang-tthc']);
  // Another year's registers start at their first pages.
  const pickYear = (next: number) => {
    setYear(next);
    setPages({ 'trang-vb': null, 'trang-tthc': null });
  };
  return (
    <>
      <PageHeader title={t('registers.title')} />
      <div className="stack" data-testid="registers-screen">
        {!canEdit && <Banner>{t('registers.readOnly')}</Banner>}
        <div className="filters">
          <YearSelect label={t('registers.year')} value={year} onChange={pickYear} data-testid="registers-year" />
        </div>
        <div className="register-tabs" role="tablist" aria-label={t('registers.title')}>
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`register-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`register-panel-${id}`}
              className="register-tab"
              onClick={() => setTab(id)}
            >
              {t(`registers.tab.${id}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`register-panel-${tab}`} aria-labelledby={`register-tab-${tab}`} className="stack">
          {tab === 'documents' && <DocumentsSection year={year} canEdit={canEdit} />}
          {tab === 'procedures' && <ProceduresSection year={year} canEdit={canEdit} />}
          {tab === 'indices' && <IndexResultsSection year={year} canEdit={canEdit} />}
        </div>
      </div>
    </>
  );
}
