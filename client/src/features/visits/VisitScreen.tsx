import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { useOnline } from '../../app/useOnline';
import { takePrefilled } from '../../early-start/early-link';
import { visitQuery } from '../../field/operations';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import { RepliesOnPhoneContext } from '../review-loop/replies-on-phone';
import { ChecklistSection } from './ChecklistSection';
import { loadPart } from './load-part';
import { OfflineDownload } from './OfflineDownload';
import { useOverlaidVisit } from './useOverlaidVisit';
import { VisitHeader } from './VisitHeader';
import { VisitWritesProvider } from './visit-writes';
import './visits.css';

const OPEN_STATUSES = new Set(['IN_PROGRESS', 'RETURNED']);

// The sections under the checklist are drawn after the first paint in any case (showLowerSections): their
// code is a chunk of its own, fetched as soon as this one runs, beside the visit's data.
const loadLowerSections = () => loadPart(() => import('./VisitLowerSections'));
loadLowerSections().catch(() => undefined);
const VisitLowerSections = lazy(loadLowerSections);

// What a visit shows only in some states (the reviewer's requests on a returned visit, the start of a planned
// one, the findings of the unit's last visit) is left out of the first render's code too: each part is a chunk
// of its own, fetched as soon as this one runs, and drawn when it is in.
const loadReturnedSummary = () =>
  loadPart(() => import('./ReturnedSummary')).then((m) => ({ default: m.ReturnedSummary }));
const loadStartVisit = () => loadPart(() => import('./StartVisit')).then((m) => ({ default: m.StartVisit }));
const loadPreviousFindings = () =>
  loadPart(() => import('./PreviousFindings')).then((m) => ({ default: m.PreviousFindings }));
for (const load of [loadReturnedSummary, loadStartVisit, loadPreviousFindings]) load().catch(() => undefined);
const ReturnedSummary = lazy(loadReturnedSummary);
const StartVisit = lazy(loadStartVisit);
const PreviousFindings = lazy(loadPreviousFindings);

export function VisitScreen({ visitId }: { visitId: string }) {
  const { t, language } = useI18n();
  // When main.tsx has just written the server's answer into the cache, the first read needs no second request.
  const [fetchPolicy] = useState(() =>
    takePrefilled('FieldVisit', { id: visitId }) ? ('cache-first' as const) : ('cache-and-network' as const),
  );
  const { data, previousData, loading, error } = useQuery(visitQuery, { variables: { id: visitId }, fetchPolicy });
  const visit = (data ?? previousData)?.visit;
  const online = useOnline();
  const { downloads } = useOffline();
  if (!visit) {
    if (loading) return <Spinner label={t('common.loading')} />;
    // Offline, a visit that was never downloaded is not on the phone: say so, and how to bring it.
    if (!online && !downloads[visitId]) {
      return (
        <Banner tone="warning">
          <p data-testid="visit-not-downloaded">{t('offline.notDownloaded')}</p>
          <a className="tap-link" href={ROUTES.myVisits} onClick={linkClick(ROUTES.myVisits)}>
            {t('offline.openList')}
          </a>
        </Banner>
      );
    }
    return (
      <Banner tone="error">
        {error ? (describeError(error, language).message ?? t('common.networkError')) : t('visits.notFound')}
      </Banner>
    );
  }
  return (
    <VisitWritesProvider server={visit}>
      <VisitView key={visit.id} server={visit} />
    </VisitWritesProvider>
  );
}

function VisitView({ server }: { server: FieldVisit }) {
  const { t } = useI18n();
  const { visit, local, pending, refused, ready, repliesOnPhone } = useOverlaidVisit(server);
  // The same groups and callbacks from one drawing to the next: the checklist and the sections below are
  // memoized, and the sync's state changes many times per run (issue 19, INP).
  const templateGroups = visit.templateVersion?.groups;
  const groups = useMemo(() => [...(templateGroups ?? [])].sort((a, b) => a.position - b.position), [templateGroups]);
  const [chosenGroupId, setActiveGroupId] = useState<string | null>(null);
  const activeGroupId = chosenGroupId ?? groups[0]?.id ?? '';
  const editable = visit.canEdit && OPEN_STATUSES.has(visit.status);
  // The sections under the checklist are drawn just after the first paint (React renders the deferred value
  // in the background): on a slow phone, laying out the whole visit at once delays the top of the screen.
  const showLowerSections = useDeferredValue(true, false);

  const jumpToItem = useCallback(
    (itemId: string) => {
      const group = groups.find((candidate) => candidate.items.some((item) => item.id === itemId));
      const item = group?.items.find((candidate) => candidate.id === itemId);
      if (!group || !item) return;
      setActiveGroupId(group.id);
      // After the group is rendered.
      window.setTimeout(() => {
        const card = document.getElementById(`visit-item-${item.code}`);
        card?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        card?.querySelector<HTMLElement>('button, input, textarea')?.focus({ preventScroll: true });
      }, 50);
    },
    [groups],
  );

  return (
    <RepliesOnPhoneContext.Provider value={repliesOnPhone}>
      <div className="stack visit-screen" data-testid="visit-screen">
        <VisitHeader visit={visit} local={local} ready={ready} pending={pending} refused={refused} />

        {!visit.canEdit && <Banner tone="info">{t('visits.readOnly')}</Banner>}
        {local.startedWithoutChecklist && <Banner tone="warning">{t('visits.checklistWhenOnline')}</Banner>}

        {/* A returned visit: what the reviewer asked comes first, before the download. */}
        {visit.status === 'RETURNED' && (
          <Suspense fallback={null}>
            <ReturnedSummary visit={visit} groups={groups} onJump={jumpToItem} />
          </Suspense>
        )}
        {visit.canEdit && <OfflineDownload visitId={visit.id} />}

        {visit.status === 'PLANNED' && visit.canEdit && (
          <Suspense fallback={null}>
            <StartVisit visit={visit} />
          </Suspense>
        )}

        {visit.previousFindings.length > 0 && (
          <Suspense fallback={null}>
            <PreviousFindings findings={visit.previousFindings} />
          </Suspense>
        )}

        {groups.length > 0 ? (
          <ChecklistSection
            visit={visit}
            groups={groups}
            activeGroupId={activeGroupId}
            onSelectGroup={setActiveGroupId}
            editable={editable}
            local={local}
          />
        ) : (
          visit.status === 'PLANNED' && <p className="muted">{t('visits.notStarted')}</p>
        )}

        {visit.status !== 'PLANNED' && showLowerSections && (
          <Suspense fallback={null}>
            <VisitLowerSections
              visit={visit}
              groups={groups}
              editable={editable}
              local={local}
              pending={pending}
              onJump={jumpToItem}
            />
          </Suspense>
        )}
      </div>
    </RepliesOnPhoneContext.Provider>
  );
}
