import { useI18n } from '../../i18n/I18nProvider';
import { NavLink } from './NavLink';
import { type Navigation, type Place, type PlaceGroup } from './places';

const GROUPS: PlaceGroup[] = ['work', 'reporting', 'catalogues', 'account'];

/** A wide screen's navigation: every place the person may open, grouped, beside the screen. */
export function SideNav({ navigation, current }: { navigation: Navigation; current: Place | null }) {
  const { t } = useI18n();
  return (
    <nav className="side-nav" aria-label={t('nav.main')} data-testid="side-nav">
      {GROUPS.map((group) => {
        const places = navigation.places.filter((place) => place.group === group);
        if (places.length === 0) return null;
        return (
          <div key={group} className="side-nav-group">
            <h2 className="side-nav-title" id={`nav-group-${group}`}>
              {t(`nav.group.${group}`)}
            </h2>
            <ul aria-labelledby={`nav-group-${group}`}>
              {places.map((place) => (
                <li key={place.key}>
                  <NavLink place={place} current={place.key === current?.key} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
