import type { ReactNode } from 'react'

export interface FactsTableProps {
  rows: readonly { label: string; value: string }[]
  caption?: ReactNode
  className?: string
}

/** A two-column table of labelled facts (row headers on the left). */
export function FactsTable({ rows, caption, className = 'data-table' }: FactsTableProps) {
  return (
    <table className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
