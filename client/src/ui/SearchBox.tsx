import { useEffect, useRef, useState } from 'react';
import { useDebounced } from '../app/useDebounced';
import { TextField } from './TextField';

const SEARCH_DELAY_MS = 400;

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  /** The search in the address (`q`). */
  value: string;
  /** Called with the trimmed text once typing pauses. */
  onSearch: (text: string) => void;
}

/**
 * A list's search box: what is typed shows at once, and the search itself (the address, the query)
 * follows once typing pauses. A change of the address (Back, a link) replaces what the box shows.
 */
export function SearchBox({ label, placeholder, value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text, SEARCH_DELAY_MS);
  const searched = useRef(value);
  useEffect(() => {
    if (value === searched.current) return;
    searched.current = value;
    setText(value);
  }, [value]);
  useEffect(() => {
    const term = settled.trim();
    if (settled !== text || term === searched.current) return;
    searched.current = term;
    onSearch(term);
  }, [settled, text, onSearch]);
  return (
    <TextField
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={setText}
      enterKeyHint="search"
      autoComplete="off"
    />
  );
}
