import type { App } from 'electron'
import type { AppInfo } from '../../shared/desktop-api'

export function getAppInfo(app: App): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    host: 'desktop',
    platform: process.platform,
  }
}
