import { type MinutesSignatureKind, minutesSignatureKinds } from '@kycuong/rules';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { SignaturePad } from './SignaturePad';

/** How each signature of the minutes is labelled on the phone (the order is the shared list's). */
const SIGNER_LABELS: Record<MinutesSignatureKind, { label: MessageKey; testId: string }> = {
  SIGNATURE_TEAM_LEAD: { label: 'visits.signTeamLead', testId: 'signature-team-lead' },
  SIGNATURE_UNIT_REPRESENTATIVE: { label: 'visits.signUnit', testId: 'signature-unit' },
  SIGNATURE_SECRETARY: { label: 'visits.signSecretary', testId: 'signature-secretary' },
};

/** The minutes' signatures: the team lead's, the unit representative's, and the secretary's when the team has one. */
export function SignaturesSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  return (
    <section className="visit-section" aria-labelledby="signatures-title" data-testid="visit-signatures">
      <h2 id="signatures-title">{t('visits.signatures')}</h2>
      <div className="stack">
        {minutesSignatureKinds(visit.teamMembers).map((kind) => (
          <SignaturePad
            key={kind}
            visit={visit}
            kind={kind}
            label={t(SIGNER_LABELS[kind].label)}
            testId={SIGNER_LABELS[kind].testId}
            editable={editable}
          />
        ))}
      </div>
    </section>
  );
}
