import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SignaturePad } from './SignaturePad';

/** The team lead's and the unit representative's signatures on the minutes. */
export function SignaturesSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  return (
    <section className="visit-section" aria-labelledby="signatures-title">
      <h2 id="signatures-title">{t('visits.signatures')}</h2>
      <div className="stack">
        <SignaturePad
          visit={visit}
          kind="SIGNATURE_TEAM_LEAD"
          label={t('visits.signTeamLead')}
          testId="signature-team-lead"
          editable={editable}
        />
        <SignaturePad
          visit={visit}
          kind="SIGNATURE_UNIT_REPRESENTATIVE"
          label={t('visits.signUnit')}
          testId="signature-unit"
          editable={editable}
        />
      </div>
    </section>
  );
}
