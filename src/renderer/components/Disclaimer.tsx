/** The standing disclaimer (b12-reference §8), shown on every page, never hidden. */
export function Disclaimer() {
  return (
    <p className="disclaimer">
      <strong>Please note:</strong> this planner estimates vitamin B12 from the foods and
      supplements you log. It cannot diagnose deficiency or replace advice from your doctor,
      pharmacist or dietitian.
    </p>
  )
}
