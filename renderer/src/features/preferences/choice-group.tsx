import { useId } from 'react';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A labelled group of radio buttons: arrow keys move between choices, Tab leaves the group. */
export function ChoiceGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  error,
}: {
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly error?: string | null;
}) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => {
              onChange(choice.value);
            }}
          />
          {choice.label}
        </label>
      ))}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
