import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { DraftItemEditor } from './DraftItemEditor';
import { addItem, type DraftEdit, type DraftGroup, removeGroup, updateGroup } from './draft';

/** One group of the draft: its title, its criteria, and adding or removing them. */
export function DraftGroupEditor({ group, edit }: { group: DraftGroup; edit: DraftEdit }) {
  const { t } = useI18n();
  return (
    <fieldset className="stack form-section editor-group" data-testid="draft-group">
      <legend className="field-label">{t('checklists.group', { code: group.code })}</legend>
      <div className="row">
        <div style={{ flex: 1, minWidth: 200 }}>
          <TextField
            label={t('checklists.groupTitle')}
            value={group.title}
            onChange={(title) => edit((groups) => updateGroup(groups, group.key, { title }))}
          />
        </div>
        <Button variant="danger" onClick={() => edit((groups) => removeGroup(groups, group.key))}>
          {t('checklists.removeGroup')}
        </Button>
      </div>
      {group.items.map((item, index) => (
        <DraftItemEditor
          key={item.key}
          groupKey={group.key}
          item={item}
          first={index === 0}
          last={index === group.items.length - 1}
          edit={edit}
        />
      ))}
      <div>
        <Button variant="secondary" onClick={() => edit((groups) => addItem(groups, group.key))}>
          + {t('checklists.addItem')}
        </Button>
      </div>
    </fieldset>
  );
}
