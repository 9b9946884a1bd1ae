import { useState } from 'react';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { FindingEditor } from './FindingEditor';

/** Findings of this visit: one per failed criterion (made by the server) plus free ones. */
export function FindingsSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<string[]>([]);
  const saved = new Set(visit.findings.map((finding) => finding.id));
  const newIds = drafts.filter((id) => !saved.has(id));
  return (
    <section className="visit-section" aria-labelledby="findings-title" data-testid="visit-findings">
      <h2 id="findings-title">{t('visits.findings')}</h2>
      {visit.findings.length === 0 && newIds.length === 0 && <p className="muted">{t('visits.findingsEmpty')}</p>}
      <ul className="finding-list">
        {visit.findings.map((finding) => (
          <li key={finding.id}>
            <FindingEditor finding={finding} findingId={finding.id} editable={editable} />
          </li>
        ))}
        {newIds.map((id) => (
          <li key={id}>
            <FindingEditor
              findingId={id}
              editable={editable}
              onDiscard={() => setDrafts((current) => current.filter((draft) => draft !== id))}
            />
          </li>
        ))}
      </ul>
      {editable && (
        <Button variant="secondary" onClick={() => setDrafts((current) => [...current, crypto.randomUUID()])}>
          + {t('visits.addFinding')}
        </Button>
      )}
    </section>
  );
}
