import { useState } from 'react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import type { UnitImportPreview } from './unit-import';

type Row = UnitImportPreview['rows'][number];

/**
 * The server's preview of a restructure file, row by row in the order they will be recorded: what each
 * does, or why it cannot be taken. "Ghi nhận" is offered only when no row is bad, and asks once more.
 */
export function UnitImportPreviewView({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: UnitImportPreview;
  onConfirm: (confirmRehome: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [confirmLater, setConfirmLater] = useState(false);
  const fileProblems = preview.problems.filter((p) => p.row === 0);
  const blocked = preview.counts.bad > 0 || fileProblems.length > 0 || preview.rows.length === 0;
  const laterVisits = preview.rows.reduce((n, r) => n + (r.outcome?.laterVisits ?? 0), 0);
  return (
    <div className="stack" data-testid="unit-import-preview">
      <h3 className="section-title">{t('registers.previewTitle')}</h3>
      <p>{t('unitImport.counts', { changes: preview.counts.changes, bad: preview.counts.bad })}</p>
      {fileProblems.map((p) => (
        <Banner key={p.message} tone="error">
          {p.message}
        </Banner>
      ))}
      {preview.counts.bad > 0 && <Banner tone="warning">{t('unitImport.blocked')}</Banner>}
      <ul className="record-list">
        {preview.rows.map((r) => (
          <PreviewRow key={r.row} row={r} />
        ))}
      </ul>
      {!blocked && laterVisits > 0 && (
        <Checkbox
          label={t('units.previewLaterVisits', { count: laterVisits })}
          checked={confirmLater}
          onChange={setConfirmLater}
        />
      )}
      <div className="unit-file-actions">
        <Button
          onClick={() => setConfirming(true)}
          disabled={blocked || (laterVisits > 0 && !confirmLater)}
          data-testid="unit-import-confirm"
        >
          {t('unitImport.confirm', { count: preview.counts.changes })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <Dialog open={confirming} title={t('units.changeConfirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('unitImport.confirmText', { count: preview.counts.changes })}</p>
        <DialogActions
          confirmLabel={t('units.changeConfirm')}
          cancelLabel={t('units.changeConfirmBack')}
          onConfirm={() => {
            setConfirming(false);
            onConfirm(confirmLater);
          }}
          onCancel={() => setConfirming(false)}
          danger
          confirmTestId="unit-import-apply"
        />
      </Dialog>
    </div>
  );
}

function PreviewRow({ row: r }: { row: Row }) {
  const { t } = useI18n();
  const [kindText, oldCodes, newCodes, newNames] = r.cells;
  const bad = r.problems.length > 0;
  return (
    <li className={`record ${bad ? 'unit-import-bad' : 'unit-import-ok'}`} data-testid={`unit-import-row-${r.row}`}>
      <p className="record-title">
        {t('registers.row', { row: r.row })}{' '}
        <span className={`badge ${bad ? 'badge-danger' : 'badge-success'}`}>
          {r.kind ? t(`units.changeKind.${r.kind}`) : kindText || t('registers.change.BAD')}
        </span>
        {r.effectiveOn && ` ${t('unitImport.from', { on: formatDate(r.effectiveOn) })}`}
        {r.order !== null && <span className="muted"> · {t('unitImport.order', { n: r.order })}</span>}
      </p>
      <p className="unit-import-cells">{[oldCodes, newCodes, newNames].filter(Boolean).join(' → ')}</p>
      {r.outcome && (
        <ul className="preview-list">
          {r.outcome.endedUnits.map((name) => (
            <li key={`ended-${name}`}>{t('units.previewEnded', { name })}</li>
          ))}
          {r.outcome.unitsNow.map((name) => (
            <li key={`now-${name}`}>{t('units.previewNow', { name })}</li>
          ))}
          {r.outcome.endedUnits.length > 0 && (
            <li>
              {t('unitImport.moved', {
                to: r.outcome.successor ?? t('units.successor'),
                lines: r.outcome.planLines,
                users: r.outcome.users,
                findings: r.outcome.findings,
              })}
            </li>
          )}
        </ul>
      )}
      {bad && (
        <ul className="unit-import-problems">
          {r.problems.map((p) => (
            <li key={p.message} title={p.code}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
