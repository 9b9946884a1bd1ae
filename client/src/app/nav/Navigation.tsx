import type { CurrentUser } from '../../features/auth/session';
import { BottomBar } from './BottomBar';
import { currentPlace } from './places';
import { SideNav } from './SideNav';
import { useNavigation } from './useNavigation';

/**
 * The signed-in person's navigation: the side navigation and the phone's bottom bar, both rendered, one
 * shown by the screen's width (app.css), so a window resized keeps its place.
 */
export function ShellNavigation({ user, path }: { user: CurrentUser; path: string }) {
  const navigation = useNavigation(user);
  const current = currentPlace(path, navigation.places);
  return (
    <>
      <SideNav navigation={navigation} current={current} />
      <BottomBar navigation={navigation} current={current} />
    </>
  );
}
