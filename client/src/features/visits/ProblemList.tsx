import type { VisitGroup } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { groupProblems, type Problem } from './visit-problems';

interface ProblemListProps {
  problems: readonly Problem[];
  groups: VisitGroup[];
  onJump: (itemId: string) => void;
}

/** What keeps the visit from being submitted, by group; a criterion's problem takes the user to it. */
export function ProblemList({ problems, groups, onJump }: ProblemListProps) {
  const { t } = useI18n();
  return (
    <div className="stack problem-sections">
      {groupProblems(problems, groups).map((section) => (
        <div key={section.groupId ?? 'visit'}>
          <p className="problem-group">{section.title ?? t('visits.minutes')}</p>
          <ul className="problem-list">
            {section.problems.map((problem) => (
              <li key={`${problem.code}-${problem.itemId ?? problem.message}`}>
                {problem.itemId ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => problem.itemId && onJump(problem.itemId)}
                  >
                    {problem.message}
                  </button>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
