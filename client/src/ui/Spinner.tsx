export function Spinner({ label }: { label: string }) {
  return (
    <output className="spinner" aria-live="polite">
      {label}
    </output>
  );
}
