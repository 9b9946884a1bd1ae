import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useRequestProblem } from '../../apollo/useRequestProblem';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { useAssessment } from './assessment-context';
import { FileEvidenceForm } from './FileEvidenceForm';
import {
  ASSESSMENT_QUERIES,
  type AssessmentCriterion,
  type AssessmentEvidence,
  removeAssessmentEvidenceMutation,
} from './operations';
import { RecordEvidenceForm } from './RecordEvidenceForm';

/**
 * Tài liệu kiểm chứng of a criterion: the records and files cited, with where to look in them; in draft
 * the office cites a record of the year or uploads a file, and removes one after confirming.
 */
export function EvidenceSection({
  criterion,
  evidence,
}: {
  criterion: AssessmentCriterion;
  evidence: readonly AssessmentEvidence[];
}) {
  const { t } = useI18n();
  const { scoring } = useAssessment();
  const [adding, setAdding] = useState<'record' | 'file' | null>(null);
  const [removing, setRemoving] = useState<AssessmentEvidence | null>(null);
  const { problem, attempt } = useRequestProblem();
  const [remove, { loading }] = useMutation(removeAssessmentEvidenceMutation, {
    refetchQueries: ASSESSMENT_QUERIES,
    awaitRefetchQueries: true,
  });
  if (!scoring && evidence.length === 0) return null;

  async function confirmRemove() {
    if (!removing) return;
    const id = removing.id;
    setRemoving(null);
    await attempt(() => remove({ variables: { id } }));
  }

  return (
    <section className="evidence stack" aria-label={t('selfAssessment.evidence')} data-testid="evidence">
      <p className="evidence-title">{t('selfAssessment.evidenceCount', { count: evidence.length })}</p>
      {evidence.length > 0 && (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <li key={e.id} className="evidence-item" data-testid="evidence-item">
              <div className="evidence-text">
                {e.fileId ? (
                  <a href={`/api/files/${encodeURIComponent(e.fileId)}`} download>
                    {e.label}
                  </a>
                ) : (
                  <span>{e.label}</span>
                )}
                <span className="muted evidence-meta">
                  {[
                    e.recordKind ? t(`selfAssessment.recordKind.${e.recordKind}`) : t('selfAssessment.file'),
                    e.documentDate ? formatDate(e.documentDate) : null,
                    e.pointer ? t('selfAssessment.pointerShort', { pointer: e.pointer }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              {scoring && (
                <Button variant="ghost" onClick={() => setRemoving(e)} data-testid="evidence-remove">
                  {t('selfAssessment.removeEvidence')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>}
      {scoring && adding === null && (
        <div className="row evidence-actions">
          <Button variant="secondary" onClick={() => setAdding('record')} data-testid="evidence-add-record">
            {t('selfAssessment.citeRecord')}
          </Button>
          <Button variant="secondary" onClick={() => setAdding('file')} data-testid="evidence-add-file">
            {t('selfAssessment.uploadFile')}
          </Button>
        </div>
      )}
      {adding === 'record' && <RecordEvidenceForm criterion={criterion} onClose={() => setAdding(null)} />}
      {adding === 'file' && <FileEvidenceForm criterion={criterion} onClose={() => setAdding(null)} />}
      {removing && (
        <Dialog open title={t('selfAssessment.removeEvidenceTitle')} onClose={() => setRemoving(null)}>
          <p>{t('selfAssessment.removeEvidenceConfirm', { label: removing.label, code: criterion.code })}</p>
          <DialogActions
            confirmLabel={t('selfAssessment.removeEvidence')}
            onConfirm={() => void confirmRemove()}
            onCancel={() => setRemoving(null)}
            danger
            busy={loading}
            confirmTestId="confirm-remove-evidence"
          />
        </Dialog>
      )}
    </section>
  );
}
