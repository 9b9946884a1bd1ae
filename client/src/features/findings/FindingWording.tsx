import { useI18n } from '../../i18n/I18nProvider';

interface FindingWordingProps {
  /** What was found, in the inspector's words; null while not written. */
  foundText: string | null;
  /** The checklist item the finding is measured against, shown as a reference only. */
  requirement?: string | null;
  /** Put before what was found, e.g. the item's code. */
  prefix?: string | null;
}

/**
 * How a finding reads on every screen: what was found (marked "Chưa ghi thực trạng" when nobody wrote
 * it), then the requirement as a reference, never in its place.
 */
export function FindingWording({ foundText, requirement, prefix }: FindingWordingProps) {
  const { t } = useI18n();
  return (
    <>
      <p className="record-title" data-testid="finding-found-text">
        {prefix && `${prefix} · `}
        {foundText ?? <span className="badge badge-warning">{t('findings.needsWording')}</span>}
      </p>
      {requirement && (
        <p className="muted" data-testid="finding-requirement">
          {t('findings.requirement', { text: requirement })}
        </p>
      )}
    </>
  );
}
