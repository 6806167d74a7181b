/** The Settings page, and how settings are applied to the document. */
export { SettingsPage } from './SettingsPage'
export { applySettings } from './apply-settings'
