export interface ChecklistOption {
  value: string
  label: string
  /** Extra words after the label, e.g. "(see a doctor today)". */
  note?: string
}

export interface ChecklistFieldsetProps {
  legend: string
  hint?: string
  options: readonly ChecklistOption[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
  idPrefix: string
}

/** A group of checkboxes with a legend: large targets, one line each. */
export function ChecklistFieldset({
  legend,
  hint,
  options,
  selected,
  onChange,
  idPrefix,
}: ChecklistFieldsetProps) {
  const toggle = (value: string, on: boolean): void =>
    onChange(on ? [...selected, value] : selected.filter((item) => item !== value))
  return (
    <fieldset id={idPrefix}>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>
            {option.label}
            {option.note ? <strong className="choice-note"> {option.note}</strong> : null}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
