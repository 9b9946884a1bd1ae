import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useModalDialog } from '../../ui/useModalDialog';
import { NavLink } from './NavLink';
import type { Navigation, Place } from './places';

/**
 * A phone's navigation: a bar fixed at the bottom with the person's main places; "Thêm" opens a sheet
 * with the rest. The current place is marked, also "Thêm" when the current place is behind it.
 */
export function BottomBar({ navigation, current }: { navigation: Navigation; current: Place | null }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const inMore = current !== null && navigation.more.some((place) => place.key === current.key);
  return (
    <nav className="bottom-bar" aria-label={t('nav.main')} data-testid="bottom-bar">
      <ul>
        {navigation.bar.map((place) => (
          <li key={place.key}>
            <NavLink place={place} current={place.key === current?.key} />
          </li>
        ))}
        {navigation.more.length > 0 && (
          <li>
            <button
              type="button"
              className="nav-link"
              aria-haspopup="dialog"
              aria-expanded={open}
              data-current={inMore || undefined}
              data-testid="nav-more"
              onClick={() => setOpen(true)}
            >
              {t('nav.more')}
              {inMore && current && <span className="visually-hidden"> ({t(`nav.${current.key}`)})</span>}
            </button>
          </li>
        )}
      </ul>
      <MoreSheet open={open} onClose={() => setOpen(false)} places={navigation.more} current={current} />
    </nav>
  );
}

function MoreSheet({
  open,
  onClose,
  places,
  current,
}: {
  open: boolean;
  onClose: () => void;
  places: Place[];
  current: Place | null;
}) {
  const { t } = useI18n();
  const ref = useModalDialog(open);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard closes the native dialog with Escape; the click is a tap on the backdrop.
    <dialog
      ref={ref}
      className="nav-sheet"
      aria-label={t('nav.more')}
      onClose={onClose}
      // A tap on the backdrop (the dialog itself, outside its content) closes the sheet.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      data-testid="nav-more-sheet"
    >
      {open && (
        <div className="nav-sheet-body">
          <ul>
            {places.map((place) => (
              <li key={place.key}>
                <NavLink place={place} current={place.key === current?.key} onGo={onClose} />
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn-secondary nav-sheet-close" onClick={onClose}>
            {t('nav.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
