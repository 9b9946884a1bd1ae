import { useI18n } from '../../i18n/I18nProvider';
import { goBackTo } from '../router';
import { isSplitSection } from '../split-view';
import type { Place } from './places';

/**
 * A record's way back to its list (`/duyet/<id>` -> `/duyet`): Back when the record was opened from the
 * list in the app, so the list returns with its filters, page and scroll; else the list's address, with
 * the list's filters when the record's address carries them (`/ton-tai/<id>?nam=2021` -> `/ton-tai?nam=2021`).
 */
export function BackLink({ parent, place }: { parent: string; place: Place | null }) {
  const { t } = useI18n();
  const keepQuery = isSplitSection(parent);
  return (
    <a
      className="back-link"
      href={keepQuery ? parent + window.location.search : parent}
      data-testid="back-link"
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        goBackTo(parent, { keepQuery });
      }}
    >
      <span aria-hidden="true">←&nbsp;</span>
      {place ? t('nav.backTo', { place: t(`nav.${place.key}`) }) : t('nav.back')}
    </a>
  );
}
