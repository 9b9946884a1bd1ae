import { useOnline } from '../../app/useOnline';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { serverNow } from '../../offline/server-clock';
import { Button } from '../../ui/Button';
import { currentPosition } from './geolocation';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

/** The start button of a planned visit: records the server's time and, when the phone gives it, the place. */
export function StartVisit({ visit }: { visit: FieldVisit }) {
  const { t } = useI18n();
  const online = useOnline();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const busy = state.status === 'saving';
  // Offline, a visit can start only on a checklist already on the phone.
  const checklist = visit.plannedTemplateVersion;
  const canStart = online || !!checklist;
  return (
    <div className="card stack start-visit">
      <Button
        block
        className="btn-big"
        disabled={busy || !canStart}
        onClick={() =>
          run(async () => {
            const position = await currentPosition(5000);
            await writes.write('START_VISIT', {
              // The server's time as far as the phone knows it: the visit's date comes from it.
              startedAt: serverNow().toISOString(),
              latitude: position?.latitude ?? null,
              longitude: position?.longitude ?? null,
              templateVersionId: checklist?.id ?? null,
            });
          }, t('visits.starting'))
        }
      >
        {busy ? t('visits.starting') : t('visits.start')}
      </Button>
      <p className="muted">{canStart ? t('visits.startHint') : t('visits.startNeedsChecklist')}</p>
      {state.status === 'error' && <SaveStatus state={state} />}
    </div>
  );
}
