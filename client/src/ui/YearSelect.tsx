import { selectableYears } from '@kycuong/rules';
import { Select } from './Select';

interface Common {
  label: string;
  /** Offers next year too, for screens that plan ahead. */
  ahead?: boolean;
  'data-testid'?: string;
}

type YearSelectProps = Common &
  (
    | { value: number; onChange: (year: number) => void; allLabel?: undefined }
    | { value: number | null; onChange: (year: number | null) => void; allLabel: string }
  );

/** The one year select: the years the product keeps records for, newest first (`selectableYears`). */
export function YearSelect(props: YearSelectProps) {
  const { label, ahead, allLabel } = props;
  const years = selectableYears(new Date().getFullYear(), { ahead });
  const onChange = (value: string) => {
    if (props.allLabel !== undefined) props.onChange(value ? Number(value) : null);
    else if (value) props.onChange(Number(value));
  };
  return (
    <Select
      label={label}
      value={props.value === null ? '' : String(props.value)}
      onChange={onChange}
      placeholder={allLabel}
      options={years.map((year) => ({ value: String(year), label: String(year) }))}
      data-testid={props['data-testid']}
    />
  );
}
