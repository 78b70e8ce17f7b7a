import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

type Props = {
  /** The id and aria attributes a `Field` hands to its input. */
  a11y: object;
  name: string;
  values: readonly string[];
  /** Catalogue prefix of the option labels: `${prefix}.${value}`. */
  prefix: string;
  /** Given together with `onChange`, the select is controlled (other inputs depend on it). */
  value?: string;
  onChange?: (value: string) => void;
};

/** A select of a fixed vocabulary with a "choose" placeholder, labelled from the catalogue. */
export function Choice({ a11y, name, values, prefix, value, onChange }: Props) {
  return (
    <select
      {...a11y}
      name={name}
      defaultValue={onChange ? undefined : ''}
      value={onChange ? value : undefined}
      onChange={onChange && ((e) => onChange(e.target.value))}
    >
      <option value="">{t('pmh.choose')}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`${prefix}.${v}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
