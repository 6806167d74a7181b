import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { profileId } from '../../../../../src/core/planning/types'
import { createMealSharingRepo } from '../../../../../src/renderer/db/repos/meal-sharing-repo'
import { MealsTogetherSection } from '../../../../../src/renderer/features/household/MealsTogetherSection'
import { makePerson } from '../../../../fixtures/person'
import { renderWithServices } from '../../../../fixtures/render-app'

const ana = makePerson({ id: profileId('ana'), name: 'Ana' })
const sam = makePerson({ id: profileId('sam'), name: 'Sam', diet: 'omnivore' })
const baby = makePerson({ id: profileId('baby'), name: 'Mia', ageYears: 0.5 })

describe('MealsTogetherSection', () => {
  it('one labelled checkbox per meal, lunch and dinner together by default; a change is stored', async () => {
    const { db } = renderWithServices(<MealsTogetherSection people={[ana, sam]} />)
    const dinner = await screen.findByRole('checkbox', { name: 'We eat dinner together' })
    await waitFor(() => expect(dinner).toBeChecked())
    expect(screen.getByRole('checkbox', { name: 'We eat lunch together' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'We eat breakfast together' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'We eat snacks together' })).not.toBeChecked()
    await userEvent.setup().click(dinner)
    expect(await screen.findByText('Saved: dinner is each to their own.')).toBeInTheDocument()
    expect(dinner).toHaveFocus()
    expect((await createMealSharingRepo(db).get()).dinner).toBe(false)
  })

  it('is not shown for one planned person (a baby under 1 is not planned for)', () => {
    const { container } = renderWithServices(<MealsTogetherSection people={[ana, baby]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
