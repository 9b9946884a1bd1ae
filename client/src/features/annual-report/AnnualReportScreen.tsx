import { useYearParam } from '../../app/year-param';
import { useI18n } from '../../i18n/I18nProvider';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import './annual-report.css';
import { ReportEditor } from './ReportEditor';

/**
 * Báo cáo năm: office staff write the narrative of the year's SIPAS / PAR INDEX report, save it with
 * its version, issue it with a number and a date, and download it; leadership reads and downloads.
 */
export function AnnualReportScreen() {
  const { t } = useI18n();
  const [year, setYear] = useYearParam(new Date().getFullYear());
  return (
    <div className="annual-report stack" data-testid="annual-report-screen">
      <PageHeader title={t('annualReport.title')} />
      <div className="filters">
        <YearSelect label={t('annualReport.year')} value={year} onChange={setYear} data-testid="annual-report-year" />
      </div>
      {/* One editor per year: its text, version and unsaved copy never mix with another year's. */}
      <ReportEditor key={year} year={year} />
    </div>
  );
}
