import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SignaturePad } from './SignaturePad';

/** Who signs the minutes, in the order they sign. */
const SIGNERS = [
  { kind: 'SIGNATURE_TEAM_LEAD', label: 'visits.signTeamLead', testId: 'signature-team-lead' },
  { kind: 'SIGNATURE_UNIT_REPRESENTATIVE', label: 'visits.signUnit', testId: 'signature-unit' },
] as const;

/** The team lead's and the unit representative's signatures on the minutes. */
export function SignaturesSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  return (
    <section className="visit-section" aria-labelledby="signatures-title">
      <h2 id="signatures-title">{t('visits.signatures')}</h2>
      <div className="stack">
        {SIGNERS.map(({ kind, label, testId }) => (
          <SignaturePad key={kind} visit={visit} kind={kind} label={t(label)} testId={testId} editable={editable} />
        ))}
      </div>
    </section>
  );
}
