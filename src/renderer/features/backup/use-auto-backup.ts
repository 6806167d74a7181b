import { useEffect } from 'react'
import { useServices } from '../../data'
import { startAutoBackup } from './auto-backup'

/**
 * Keeps automatic backups running while the app is open (desktop app only; in a browser there
 * is nowhere to keep them). Mount once, near the root of the app.
 */
export function useAutoBackup(delayMs?: number): void {
  const { db, desktop, clock } = useServices()
  useEffect(() => {
    let stop: (() => void) | undefined
    let live = true
    void desktop.getAppInfo().then((info) => {
      if (live && info.host === 'desktop')
        stop = startAutoBackup({ db, desktop, appVersion: info.version, now: clock.now, delayMs })
    })
    return () => {
      live = false
      stop?.()
    }
  }, [db, desktop, clock, delayMs])
}
