/**
 * What the user did in the prerendered sign-in form (client/build/prerender-shell.ts) before the app took
 * over: the values typed and the field they were in. The app's first render replaces the form; the sign-in
 * screen starts from these, so nothing typed on a slow network is lost.
 */
const typed = new Map<string, string>();
let focusedField: string | null = null;

/** Reads the prerendered form as it is now and follows it until the app replaces it. */
export function keepPrerenderedInput(): void {
  const form = document.getElementById('prerendered-sign-in');
  if (!form) return;
  const save = () => {
    for (const input of form.querySelectorAll('input')) typed.set(input.name, input.value);
    const active = document.activeElement;
    focusedField = active instanceof HTMLInputElement && form.contains(active) ? active.name : null;
  };
  save();
  form.addEventListener('input', save);
  form.addEventListener('focusin', save);
  // Not when the app's render removed the form (a removed field loses focus): that focus is to be kept.
  form.addEventListener('focusout', () => queueMicrotask(() => form.isConnected && save()));
}

/** The value typed into the prerendered field `name` ('' when none). */
export const prerenderedValue = (name: string): string => typed.get(name) ?? '';

/** Whether the user was in the prerendered field `name` when the app took over. */
export const prerenderedFocus = (name: string): boolean => focusedField === name;
