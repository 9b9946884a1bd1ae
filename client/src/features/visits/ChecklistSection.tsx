import { memo } from 'react';
import { groupProgress } from '../../field/checklist-progress';
import type { FieldVisit, VisitGroup } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { LocalChanges } from '../../offline/overlay';
import { Button } from '../../ui/Button';
import { ItemCard } from './ItemCard';

interface ChecklistSectionProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  activeGroupId: string;
  onSelectGroup: (groupId: string) => void;
  editable: boolean;
  local: LocalChanges;
}

/**
 * The checklist one group at a time, so the phone shows a handful of criteria, not sixty. Memoized: the
 * visit screen is drawn again at every change of the sync's state.
 */
export const ChecklistSection = memo(function ChecklistSection({
  visit,
  groups,
  activeGroupId,
  onSelectGroup,
  editable,
  local,
}: ChecklistSectionProps) {
  const { t } = useI18n();
  const index = Math.max(
    0,
    groups.findIndex((group) => group.id === activeGroupId),
  );
  const active = groups[index];
  const next = groups[index + 1];
  if (!active) return null;
  return (
    <section className="visit-section" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('visits.checklist')}</h2>
      <nav aria-label={t('visits.groups')}>
        <ul className="group-list">
          {groups.map((group) => {
            const progress = groupProgress(group.items, visit.answers);
            const done = progress.total > 0 && progress.answered === progress.total;
            return (
              <li key={group.id}>
                <button
                  type="button"
                  className={`group-tab ${done ? 'group-done' : ''}`}
                  aria-current={group.id === active.id ? 'true' : undefined}
                  onClick={() => onSelectGroup(group.id)}
                  data-testid={`group-${group.code}`}
                >
                  <span className="group-tab-title">
                    {group.code}. {group.title}
                  </span>
                  <span className="group-tab-progress">
                    {done && '✓ '}
                    {progress.answered}/{progress.total}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <h3 className="group-heading">
        {active.code}. {active.title}
      </h3>
      <div className="stack">
        {active.items.map((item) => (
          <ItemCard key={item.id} visit={visit} item={item} editable={editable} local={local.items[item.id]} />
        ))}
      </div>
      {next && (
        <Button
          variant="secondary"
          block
          onClick={() => {
            onSelectGroup(next.id);
            document.getElementById('checklist-title')?.scrollIntoView({ block: 'start' });
          }}
        >
          {t('visits.nextGroup')}: {next.code}. {next.title} →
        </Button>
      )}
    </section>
  );
});
