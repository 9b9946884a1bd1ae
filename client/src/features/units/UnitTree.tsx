import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { UnitTreeNode } from './unit-tree';

interface UnitTreeProps {
  nodes: UnitTreeNode<UnitFieldsFragment>[];
  searching: boolean;
  isOpen: (id: string, depth: number) => boolean;
  onToggle: (id: string, open: boolean) => void;
  onSelect: (id: string) => void;
}

export function UnitTree(props: UnitTreeProps) {
  const { t } = useI18n();
  return (
    <ul aria-label={t('units.title')} className="unit-tree card" data-testid="unit-tree">
      {props.nodes.map((node) => (
        <UnitTreeItem key={node.unit.id} node={node} {...props} />
      ))}
    </ul>
  );
}

function UnitTreeItem({
  node,
  searching,
  isOpen,
  onToggle,
  onSelect,
}: Omit<UnitTreeProps, 'nodes'> & { node: UnitTreeNode<UnitFieldsFragment> }) {
  const { t } = useI18n();
  const { unit, depth, children } = node;
  const hasChildren = children.length > 0;
  const open = hasChildren && isOpen(unit.id, depth);
  const groupId = `unit-children-${unit.id}`;
  const classes = ['unit-item', searching && !node.matched ? 'unit-context' : '', unit.active ? '' : 'unit-inactive']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-unit-id={unit.id} data-testid="unit-item">
      <div className="unit-row" style={{ paddingInlineStart: `calc(${depth} * var(--space-5))` }}>
        {hasChildren ? (
          <button
            type="button"
            className="unit-toggle"
            aria-expanded={open}
            aria-controls={open ? groupId : undefined}
            aria-label={`${open ? t('units.collapse') : t('units.expand')}: ${unit.name}`}
            onClick={() => onToggle(unit.id, !open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="unit-toggle" aria-hidden="true" />
        )}
        <button type="button" className="unit-main" onClick={() => onSelect(unit.id)}>
          <span className="unit-name">{unit.name}</span>
          <span className="unit-meta">
            <span className="badge">{t(`unitKind.${unit.kind}`)}</span> {unit.code} ·{' '}
            {t('units.activeFrom', { date: formatDate(unit.activeFrom) })}
            {!unit.active && (
              <>
                {' '}
                <span className="badge badge-danger">{t('units.inactive')}</span>
              </>
            )}
          </span>
        </button>
      </div>
      {open && (
        <ul id={groupId}>
          {children.map((child) => (
            <UnitTreeItem
              key={child.unit.id}
              node={child}
              searching={searching}
              isOpen={isOpen}
              onToggle={onToggle}
              onSelect={onSelect}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
