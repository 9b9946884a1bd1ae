import { ROUTES } from '../../app/routes';
import { SplitView } from '../../app/SplitView';
import { useSplitScreen } from '../../app/split-view';
import { useI18n } from '../../i18n/I18nProvider';
import { FindingScreen } from './FindingScreen';
import { FindingsScreen } from './FindingsScreen';

/**
 * The findings section (`/ton-tai`, `/ton-tai/<id>`): on a wide screen the list with the open finding
 * beside it; otherwise, as on a phone, the list or the finding, one page at a time.
 */
export function FindingsSection({ findingId }: { findingId: string | null }) {
  const { t } = useI18n();
  const split = useSplitScreen();
  if (!split) return findingId ? <FindingScreen findingId={findingId} /> : <FindingsScreen />;
  return (
    <SplitView
      parent={ROUTES.findings}
      recordId={findingId}
      label={t('findings.detail')}
      list={<FindingsScreen compact selectedId={findingId} />}
      detail={
        findingId ? (
          <FindingScreen key={findingId} findingId={findingId} />
        ) : (
          <p className="muted split-empty">{t('findings.pickOne')}</p>
        )
      }
    />
  );
}
