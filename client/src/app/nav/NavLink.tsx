import { useI18n } from '../../i18n/I18nProvider';
import { linkClick } from '../router';
import type { Place } from './places';

/** One place's link; the place the screen is in is marked (aria-current) for eyes and screen readers. */
export function NavLink({ place, current, onGo }: { place: Place; current: boolean; onGo?: () => void }) {
  const { t } = useI18n();
  const go = linkClick(place.href);
  return (
    <a
      className="nav-link"
      href={place.href}
      aria-current={current ? 'page' : undefined}
      data-testid={`nav-${place.key}`}
      onClick={(event) => {
        go(event);
        onGo?.();
      }}
    >
      {t(`nav.${place.key}`)}
    </a>
  );
}
