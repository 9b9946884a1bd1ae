import { useEffect, useState } from 'react';
import { cacheOwner } from '../apollo/persist';
import type { PhoneHolding } from './outbox';
import { sharedOutbox } from './shared-outbox';

/**
 * Writes of the phone's last user still on the phone, for the sign-in screen after their session
 * expired: they are kept and go once that user signs in again.
 */
export function useUnsentOfLastUser(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const last = cacheOwner();
    if (!last) return;
    let live = true;
    sharedOutbox()
      .then((box) => box.entries(last))
      .then((list) => live && setCount(list.length))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return count;
}

/** The unsent work of every person on this phone, for the sign-in screen. */
export function usePhoneHoldings(): PhoneHolding[] {
  const [holdings, setHoldings] = useState<PhoneHolding[]>([]);
  useEffect(() => {
    let live = true;
    sharedOutbox()
      .then((box) => box.holdings())
      .then((list) => live && setHoldings(list.filter((holding) => holding.count > 0)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return holdings;
}
