/**
 * Markdown checklist export: "## Aisle" headings and GitHub task-list items
 * ("- [ ] 2 × 1 L cartons Soy milk"), names escaped so they render as typed.
 */
import {
  defaultListTitle,
  formatLineBuy,
  lineNoteTexts,
  listShowsPackages,
  TYPICAL_PACKAGES_NOTE,
} from './format-line'
import type { ShoppingLine, ShoppingList, UnitSystem } from './types'
import { AT_HOME_HEADING, splitAtHome } from './at-home'
import { periodNotes } from './period-coverage'

export interface MarkdownOptions {
  system: UnitSystem
  /** "# title" line; default "Shopping list <from> to <to>"; "" leaves the title out. */
  title?: string
}

/**
 * Text safe inside a Markdown paragraph: backslash-escapes the characters that start inline
 * markup (\ ` * _ [ ] < > | ~ & !), and a leading #, +, -, = or "1." that could start a block;
 * line breaks become spaces so one item stays one line.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ')
  const inline = oneLine.replace(/[\\`*_[\]<>|~&!]/g, '\\$&')
  return inline.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

function item(line: ShoppingLine, system: UnitSystem): string {
  const buy = formatLineBuy(line, system)
  const notes = lineNoteTexts(line, system)
  const text = [buy, escapeMarkdown(line.name)].filter((s) => s !== '').join(' ')
  const suffix = notes.length > 0 ? ` (${escapeMarkdown(notes.join('; '))})` : ''
  return `- [${line.checked ? 'x' : ' '}] ${text}${suffix}`
}

/** An at-home line: a plain bullet, no box to tick. */
function atHomeItem(line: ShoppingLine, system: UnitSystem): string {
  const notes = lineNoteTexts(line, system)
  const suffix = notes.length > 0 ? ` (${escapeMarkdown(notes.join('; '))})` : ''
  return `- ${escapeMarkdown(line.name)}${suffix}`
}

/**
 * The list as a Markdown checklist, sections in aisle order, LF line endings, ending with a
 * newline. Adds an italic footnote that package sizes are typical when any line shows packages.
 */
export function toMarkdown(list: ShoppingList, options: MarkdownOptions): string {
  const title = options.title ?? defaultListTitle(list)
  const blocks: string[] = []
  if (title !== '') blocks.push(`# ${escapeMarkdown(title)}`)
  if (list.period) blocks.push(...periodNotes(list.period).map(escapeMarkdown))
  const { sections, atHome } = splitAtHome(list)
  for (const section of sections) {
    blocks.push(`## ${escapeMarkdown(section.label)}`)
    blocks.push(section.lines.map((l) => item(l, options.system)).join('\n'))
  }
  if (atHome.length > 0) {
    blocks.push(`## ${AT_HOME_HEADING}`)
    blocks.push(atHome.map((l) => atHomeItem(l, options.system)).join('\n'))
  }
  if (listShowsPackages(list, options.system))
    blocks.push(`_${escapeMarkdown(TYPICAL_PACKAGES_NOTE)}_`)
  return blocks.join('\n\n') + '\n'
}
