import { useI18n } from '../../i18n/I18nProvider';
import { goBackTo } from '../router';
import type { Place } from './places';

/**
 * A record's way back to its list (`/duyet/<id>` -> `/duyet`): Back when the record was opened from the
 * list in the app, so the list returns with its filters, page and scroll; else the list's address.
 */
export function BackLink({ parent, place }: { parent: string; place: Place | null }) {
  const { t } = useI18n();
  return (
    <a
      className="back-link"
      href={parent}
      data-testid="back-link"
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        goBackTo(parent);
      }}
    >
      <span aria-hidden="true">←&nbsp;</span>
      {place ? t('nav.backTo', { place: t(`nav.${place.key}`) }) : t('nav.back')}
    </a>
  );
}
