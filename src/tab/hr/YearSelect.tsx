// The report year: this year and the two before (the compliance report reads two years back for due dates).
import { Field, Select } from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const m = useMessages(hrMessages);
  const now = new Date().getFullYear();
  const years = [now, now - 1, now - 2];
  return (
    <Field label={m.year}>
      <Select value={String(year)} onChange={(_, data) => onChange(Number(data.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
