import type { AnswerType } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { type DraftEdit, type DraftItem, moveItem, removeItem, updateItem } from './draft';

const ANSWER_TYPES: AnswerType[] = ['PASS_FAIL', 'NUMBER', 'TEXT'];

interface DraftItemEditorProps {
  groupKey: string;
  item: DraftItem;
  first: boolean;
  last: boolean;
  edit: DraftEdit;
}

/** One criterion of the draft: its text, moved or removed, and its details folded under a summary. */
export function DraftItemEditor({ groupKey, item, first, last, edit }: DraftItemEditorProps) {
  const { t } = useI18n();
  const update = (patch: Partial<Omit<DraftItem, 'key'>>) =>
    edit((groups) => updateItem(groups, groupKey, item.key, patch));
  return (
    <div className="editor-item" data-testid="draft-item">
      <div className="editor-item-head">
        <strong>{item.code}</strong>
        <Button
          variant="secondary"
          disabled={first}
          onClick={() => edit((groups) => moveItem(groups, groupKey, item.key, -1))}
          aria-label={`${t('checklists.moveUp')} ${item.code}`}
        >
          <span aria-hidden="true">↑</span> <span className="btn-word">{t('checklists.moveUp')}</span>
        </Button>
        <Button
          variant="secondary"
          disabled={last}
          onClick={() => edit((groups) => moveItem(groups, groupKey, item.key, 1))}
          aria-label={`${t('checklists.moveDown')} ${item.code}`}
        >
          <span aria-hidden="true">↓</span> <span className="btn-word">{t('checklists.moveDown')}</span>
        </Button>
        <Button
          variant="danger"
          onClick={() => edit((groups) => removeItem(groups, groupKey, item.key))}
          aria-label={`${t('checklists.removeItem')} ${item.code}`}
        >
          {t('checklists.removeItem')}
        </Button>
      </div>
      <TextArea label={t('checklists.itemText')} value={item.text} rows={4} onChange={(text) => update({ text })} />
      <details>
        <summary className="field-label">
          {t(`checklists.answerType.${item.answerType}`)} ·{' '}
          {t('checklists.pointsValue', { points: item.points || '0' })}
          {item.required && ` · ${t('checklists.required')}`}
        </summary>
        <div className="stack" style={{ marginTop: 8 }}>
          <TextArea
            label={t('checklists.guidance')}
            value={item.guidance}
            rows={2}
            onChange={(guidance) => update({ guidance })}
          />
          <TextField
            label={t('checklists.legalBasis')}
            value={item.legalBasis}
            onChange={(legalBasis) => update({ legalBasis })}
          />
          <div className="editor-grid">
            <Select
              label={t('checklists.answerType')}
              value={item.answerType}
              onChange={(value) => update({ answerType: value as AnswerType })}
              options={ANSWER_TYPES.map((type) => ({ value: type, label: t(`checklists.answerType.${type}`) }))}
            />
            {item.answerType === 'NUMBER' && (
              <>
                <TextField
                  label={t('checklists.minValue')}
                  inputMode="decimal"
                  value={item.minValue}
                  onChange={(minValue) => update({ minValue })}
                />
                <TextField
                  label={t('checklists.maxValue')}
                  inputMode="decimal"
                  value={item.maxValue}
                  onChange={(maxValue) => update({ maxValue })}
                />
              </>
            )}
            <TextField
              label={t('checklists.points')}
              inputMode="decimal"
              value={item.points}
              onChange={(points) => update({ points })}
            />
          </div>
          <div className="row">
            {item.answerType === 'PASS_FAIL' && (
              <Checkbox
                label={t('checklists.photoRequired')}
                checked={item.photoRequiredOnFail}
                onChange={(photoRequiredOnFail) => update({ photoRequiredOnFail })}
              />
            )}
            <Checkbox
              label={t('checklists.required')}
              checked={item.required}
              onChange={(required) => update({ required })}
            />
          </div>
        </div>
      </details>
    </div>
  );
}
