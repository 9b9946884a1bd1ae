import type { FindingsListItemFragment } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { FindingStatusBadge, SeverityBadge } from '../../ui/StatusBadges';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { FindingWording } from './FindingWording';

/**
 * One finding of the list, a link to its screen: unit, wording, status, severity and deadline. The link
 * keeps the list's parameters (`search`), for the finding's way back and a wider screen's list beside it.
 */
export function FindingLink({ finding, search = '' }: { finding: FindingsListItemFragment; search?: string }) {
  const { t } = useI18n();
  const href = recordPath('findings', finding.id) + search;
  return (
    <a
      className={finding.overdue ? 'record record-overdue' : 'record'}
      href={href}
      onClick={linkClick(href)}
      data-testid="finding-row"
    >
      <span className="record-meta">
        <strong>
          <UnitAsOfName
            asOf={finding.responsibleUnitAsOf}
            unit={finding.responsibleUnit}
            today={!finding.followingUnit}
          />
        </strong>
        {finding.followingUnit && <span>{t('findings.followedBy', { unit: finding.followingUnit.name })}</span>}
        {finding.visitDate && <span>{formatDate(finding.visitDate)}</span>}
      </span>
      <FindingWording foundText={finding.foundText} requirement={finding.requirement} />
      <span className="record-meta">
        <FindingStatusBadge status={finding.status} />
        <SeverityBadge severity={finding.severity} />
        <span className={finding.overdue ? 'text-danger' : undefined}>
          {t('findings.deadline')}: {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
          {finding.overdue && ` · ${t('findings.overdue')}`}
        </span>
      </span>
    </a>
  );
}
