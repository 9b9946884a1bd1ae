import { useI18n } from '../../i18n/I18nProvider';
import type { ReviewVisit } from './review-visit';

/** The signatures on the minutes: the team lead's, the unit representative's, and the secretary's if drawn. */
export function ReviewSignatures({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  const secretarySigned = visit.attachments.some((attachment) => attachment.kind === 'SIGNATURE_SECRETARY');
  const kinds = [
    ['SIGNATURE_TEAM_LEAD', t('review.signatureLead')],
    ['SIGNATURE_UNIT_REPRESENTATIVE', t('review.signatureUnit')],
    ...(secretarySigned ? ([['SIGNATURE_SECRETARY', t('review.signatureSecretary')]] as const) : []),
  ] as const;
  return (
    <section className="card stack" aria-labelledby="signatures-title">
      <h2 id="signatures-title" className="section-title">
        {t('review.signatures')}
      </h2>
      <div className="row" style={{ alignItems: 'start' }}>
        {kinds.map(([kind, label]) => {
          const signature = visit.attachments.find((attachment) => attachment.kind === kind);
          return (
            <figure key={kind} className="signature" style={{ margin: 0 }}>
              <figcaption className="field-label">{label}</figcaption>
              {signature ? (
                <img src={signature.url} alt={label} />
              ) : (
                <span className="muted">{t('review.noSignature')}</span>
              )}
            </figure>
          );
        })}
      </div>
    </section>
  );
}
