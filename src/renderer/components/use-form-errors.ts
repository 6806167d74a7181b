import { useCallback, useEffect, useRef, useState } from 'react'

export interface FieldErrorLike {
  field: string
  message: string
}

/**
 * A form's validation errors, with focus moved to its own error summary when they appear (by a
 * ref, so two forms on one page never steal each other's focus).
 */
export function useFormErrors<E extends FieldErrorLike>() {
  const [errors, setErrors] = useState<E[]>([])
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus()
  }, [errors])

  const errorFor = useCallback(
    (field: string): string | undefined => errors.find((e) => e.field === field)?.message,
    [errors],
  )

  return { errors, setErrors, errorFor, summaryRef }
}
