import { useEffect, useRef } from 'react'
import { b12PerPortion, unitCount } from '../../../core/foods/portions'
import { AISLE_LABELS, DIETS, amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import { grams } from '../../../core/units'
import {
  B12_CLASS_LABELS,
  B12_REASON_TEXT,
  DIET_LABELS,
  dietAnswerText,
  formatNumber,
  formatUg,
  sourceText,
} from './food-text'

export interface FoodDetailProps {
  food: FoodRecord
  onClose: () => void
  /** Present for the person's own foods. */
  onEdit?: () => void
  onDelete?: () => void
}

function PortionTable({ food }: { food: FoodRecord }) {
  if (food.kind === 'supplement' && food.supplement) {
    const unit = food.supplement.unit
    const rows = [1, 2].map((count) => ({
      label: `${count} ${unit}${count > 1 ? 's' : ''}`,
      count,
    }))
    return (
      <table className="data-table">
        <caption>B12 per {unit}</caption>
        <thead>
          <tr>
            <th scope="col">Amount</th>
            <th scope="col">B12</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{formatUg(b12PerPortion(food, unitCount(row.count)).totalUg)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  const unit = amountUnitOf(food)
  const portions = [...food.portions, { label: `100 ${unit}`, grams: 100 }]
  return (
    <table className="data-table">
      <caption>
        {unit === 'ml'
          ? 'B12 per portion (µg = B12 per 100 ml × ml ÷ 100)'
          : 'B12 per portion (µg = B12 per 100 g × grams ÷ 100)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Portion</th>
          <th scope="col">{unit === 'ml' ? 'Volume' : 'Weight'}</th>
          <th scope="col">B12 counted</th>
        </tr>
      </thead>
      <tbody>
        {portions.map((portion, index) => (
          <tr key={`${portion.label}-${index}`}>
            <th scope="row">{portion.label}</th>
            <td>
              {portion.grams} {unit}
            </td>
            <td>{formatUg(b12PerPortion(food, grams(portion.grams)).totalUg)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Everything known about one food, with the source of each value. */
export function FoodDetail({ food, onClose, onEdit, onDelete }: FoodDetailProps) {
  const per100 = food.per100g
  const isSupplement = food.kind === 'supplement'
  const heading = useRef<HTMLHeadingElement>(null)
  // At large text sizes the details sit below the list: bring them into view and focus.
  useEffect(() => heading.current?.focus(), [food.id])
  return (
    <section className="food-detail" aria-labelledby="food-detail-title">
      <div className="food-detail-head">
        <h2 id="food-detail-title" ref={heading} tabIndex={-1}>
          {food.name}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close details
        </button>
      </div>
      <p className="badge-row">
        <span className={`badge badge-${food.b12.class}`}>{B12_CLASS_LABELS[food.b12.class]}</span>
        <span className="badge">{AISLE_LABELS[food.aisle]}</span>
      </p>
      <p>{B12_REASON_TEXT[food.b12.reason]}</p>
      {food.note ? <p className="callout callout-info">{food.note}</p> : null}
      <PortionTable food={food} />
      {isSupplement ? null : (
        <table className="data-table">
          <caption>
            {amountUnitOf(food) === 'ml'
              ? 'Per 100 ml, from your label'
              : food.source === 'user'
                ? 'Per 100 g, from your label'
                : 'Per 100 g, as published'}
          </caption>
          <tbody>
            <tr>
              <th scope="row">Energy</th>
              <td>{formatNumber(per100.energyKcal, 'kcal', 0)}</td>
            </tr>
            <tr>
              <th scope="row">Protein</th>
              <td>{formatNumber(per100.proteinG, 'g')}</td>
            </tr>
            <tr>
              <th scope="row">Vitamin B12, total</th>
              <td>{formatNumber(per100.b12Ug, 'µg', 2)}</td>
            </tr>
            <tr>
              <th scope="row">Vitamin B12, added</th>
              <td>{formatNumber(per100.b12AddedUg, 'µg', 2)}</td>
            </tr>
            <tr>
              <th scope="row">Folate (DFE)</th>
              <td>{formatNumber(per100.folateDfeUg, 'µg', 0)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <table className="data-table">
        <caption>Suits these diets</caption>
        <tbody>
          {DIETS.map((diet) => (
            <tr key={diet}>
              <th scope="row">{DIET_LABELS[diet]}</th>
              <td>{dietAnswerText(food.diet[diet])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="source-line">
        <strong>Source:</strong> {sourceText(food)}. Food group: {food.foodGroup}.
      </p>
      {onEdit || onDelete ? (
        <div className="button-row">
          {onEdit ? (
            <button type="button" className="button" onClick={onEdit}>
              Edit this food
            </button>
          ) : null}
          {onDelete ? (
            <button type="button" className="button button-danger" onClick={onDelete}>
              Delete this food
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
