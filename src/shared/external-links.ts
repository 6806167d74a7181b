/**
 * The only web pages the app may open: the sources the B12 advice cites (the URLs of
 * src/core/b12/sources.ts; a test keeps the two lists equal). Matched exactly after URL
 * normalisation: https only, no credentials, no port, same host and path, no query or fragment.
 * Main checks every openExternal request against this list, and so does the browser fallback.
 */
export const ALLOWED_EXTERNAL_URLS: readonly string[] = [
  'https://www.ncbi.nlm.nih.gov/books/NBK114302/',
  'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
  'https://www.nice.org.uk/guidance/ng239',
  'https://www.vegansociety.com/resources/nutrition-and-health/nutrients/vitamin-b12',
]

/** The URL in its normal form when it is on the allow-list, otherwise null. */
export function allowedExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (
    parsed.protocol !== 'https:' ||
    parsed.username !== '' ||
    parsed.password !== '' ||
    parsed.port !== ''
  )
    return null
  if (parsed.search !== '' || parsed.hash !== '') return null
  const normal = parsed.href
  return ALLOWED_EXTERNAL_URLS.includes(normal) ? normal : null
}
