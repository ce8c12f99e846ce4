import type { ReactNode } from 'react';

type NumberFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  disabled?: boolean;
  /** What is wrong with the value, in words; shown under the field and read with it. */
  error?: string;
  /** The id of an error this field shares with another (the two target lengths); marks it invalid too. */
  describedBy?: string;
  onChange(value: number): void;
  onBlur?(): void;
};

export function NumberField(props: NumberFieldProps) {
  const { id, label, hint, value, min, max, step = 1, unit, disabled, error, describedBy, onChange, onBlur } = props;
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={Number.isNaN(value) ? '' : value}
          disabled={disabled}
          aria-invalid={error || describedBy ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(e) => onChange(e.target.valueAsNumber)}
          onBlur={onBlur}
        />
        {unit && <span className="field__unit">{unit}</span>}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type CheckFieldProps = { id: string; label: string; hint?: string; checked: boolean; onChange(checked: boolean): void };

export function CheckField({ id, label, hint, checked, onChange }: CheckFieldProps) {
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
