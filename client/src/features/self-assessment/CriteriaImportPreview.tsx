import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import type { CriteriaImportPreview } from './criteria-import';

type Row = CriteriaImportPreview['rows'][number];

/**
 * The server's reading of a criteria file: how many areas, criteria and components, every bad row with
 * what is wrong (a sum that does not add up, a duplicate code...), what the year's assessment keeps,
 * flags and leaves in the history, and the good rows on demand. "Nhập" only when no row is bad.
 */
export function CriteriaImportPreviewView({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: CriteriaImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [showGood, setShowGood] = useState(false);
  const setProblems = preview.problems.filter((p) => p.row === 0);
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  const good = preview.rows.filter((r) => r.problems.length === 0);
  const blocked = preview.problems.length > 0;
  const carry = preview.carryOver;
  return (
    <div className="stack" data-testid="criteria-preview">
      <h3 className="section-title">{t('criteriaSets.previewTitle', { revision: preview.revision })}</h3>
      <p data-testid="criteria-preview-counts">{t('criteriaSets.previewCounts', preview.counts)}</p>
      {setProblems.map((p) => (
        <Banner key={p.message} tone="error">
          {p.message}
        </Banner>
      ))}
      {blocked && <Banner tone="warning">{t('criteriaSets.previewBlocked')}</Banner>}
      {carry && (
        <div className="banner banner-info" data-testid="criteria-carry-over">
          <p>{t('criteriaSets.carryOver')}</p>
          <ul>
            <li>{t('criteriaSets.carryKept', { count: carry.kept.length, codes: carry.kept.join(', ') || '–' })}</li>
            <li>
              {t('criteriaSets.carryChanged', { count: carry.changed.length, codes: carry.changed.join(', ') || '–' })}
            </li>
            <li>
              {t('criteriaSets.carryRetired', { count: carry.retired.length, codes: carry.retired.join(', ') || '–' })}
            </li>
          </ul>
        </div>
      )}
      {bad.length > 0 && (
        <ul className="record-list" aria-label={t('criteriaSets.badRows', { count: bad.length })}>
          {bad.map((r) => (
            <PreviewRow key={r.row} row={r} />
          ))}
        </ul>
      )}
      {good.length > 0 && (
        <div>
          <Button variant="secondary" aria-expanded={showGood} onClick={() => setShowGood((s) => !s)}>
            {showGood ? t('criteriaSets.hideGood') : t('criteriaSets.showGood', { count: good.length })}
          </Button>
        </div>
      )}
      {showGood && (
        <ul className="record-list">
          {good.map((r) => (
            <PreviewRow key={r.row} row={r} />
          ))}
        </ul>
      )}
      <div className="row">
        <Button onClick={onConfirm} disabled={blocked || good.length === 0} data-testid="criteria-import-confirm">
          {t('criteriaSets.importConfirm', { revision: preview.revision })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

function PreviewRow({ row }: { row: Row }) {
  const { t } = useI18n();
  const wrong = row.problems.length > 0;
  return (
    <li className={`record ${wrong ? 'import-bad' : ''}`} data-testid={`criteria-row-${row.row}`}>
      <p className="record-title">
        {t('selfAssessment.sheetRow', { row: row.row })}
        {row.code && ` · ${row.code}`}{' '}
        {row.level && <span className="badge badge-muted">{t(`criteriaSets.level.${row.level}`)}</span>}{' '}
        {wrong && <span className="badge badge-danger">{t('criteriaSets.bad')}</span>}
      </p>
      <p className="import-cells">{row.cells.slice(1, 3).filter(Boolean).join(' · ')}</p>
      {wrong && (
        <ul className="import-problems">
          {row.problems.map((p) => (
            <li key={`${p.code}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
