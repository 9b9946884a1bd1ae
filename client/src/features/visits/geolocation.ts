export interface Position {
  latitude: number;
  longitude: number;
}

/**
 * Where the team is when it starts, or null: a refusal, no GPS or no answer within the timeout
 * must never stop an inspection from starting.
 */
export function currentPosition(timeoutMs = 5000): Promise<Position | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    // Some browsers never call back while their permission prompt is left open.
    const timer = window.setTimeout(() => resolve(null), timeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        window.clearTimeout(timer);
        resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude });
      },
      () => {
        window.clearTimeout(timer);
        resolve(null);
      },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
