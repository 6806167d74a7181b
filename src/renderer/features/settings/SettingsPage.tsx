import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/desktop-api'
import { useServices } from '../../data'
import { PageHeading } from '../../components/PageHeading'
import { SaveOutcome, type SaveOutcomeValue } from '../../components/SaveOutcome'
import { TEXT_SIZES, type TextSizePct } from '../../db/repos/settings-repo'
import { BackupSection } from './BackupSection'
import { DeleteAllData } from './DeleteAllData'
import { useBackup } from './use-backup'
import { useSettings } from '../../data'

function useAppInfo(): AppInfo | null {
  const { desktop } = useServices()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let live = true
    void desktop.getAppInfo().then((value) => {
      if (live) setInfo(value)
    })
    return () => {
      live = false
    }
  }, [desktop])
  return info
}

export function SettingsPage() {
  const { settings, update } = useSettings()
  const info = useAppInfo()
  const backup = useBackup()
  const [outcome, setOutcome] = useState<SaveOutcomeValue | null>(null)

  const save = (change: Parameters<typeof update>[0]): void => {
    setOutcome(null)
    update(change)
      .then(() => setOutcome({ kind: 'saved', text: 'Saved.' }))
      .catch((cause: unknown) =>
        setOutcome({ kind: 'failed', text: `The setting could not be saved: ${String(cause)}` }),
      )
  }

  return (
    <>
      <PageHeading
        title="Settings"
        intro="Changes apply at once and are remembered on this computer."
      />
      <SaveOutcome outcome={outcome} />
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Text size</legend>
          <p className="hint" id="text-size-hint">
            Makes all text and buttons larger. You can also use the View menu, or Ctrl and + / −.
          </p>
          <div className="choice-row" role="presentation">
            {TEXT_SIZES.map((size: TextSizePct) => (
              <label key={size} className="choice">
                <input
                  type="radio"
                  name="text-size"
                  value={size}
                  checked={settings.textSizePct === size}
                  aria-describedby="text-size-hint"
                  onChange={() => save({ textSizePct: size })}
                />
                {size} %
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Display</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={settings.highContrast}
              onChange={(event) => save({ highContrast: event.target.checked })}
            />
            High contrast (black on white, stronger outlines)
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={settings.reduceMotion}
              onChange={(event) => save({ reduceMotion: event.target.checked })}
            />
            Reduce motion (no animations)
          </label>
        </fieldset>
        <fieldset>
          <legend>Units for shopping quantities</legend>
          <label className="choice">
            <input
              type="radio"
              name="units"
              checked={settings.units === 'metric'}
              onChange={() => save({ units: 'metric' })}
            />
            Metric (grams, litres)
          </label>
          <label className="choice">
            <input
              type="radio"
              name="units"
              checked={settings.units === 'us'}
              onChange={() => save({ units: 'us' })}
            />
            US (ounces, cups)
          </label>
        </fieldset>
      </form>
      <BackupSection backup={backup} />
      <DeleteAllData busy={backup.busy} onExport={backup.exportAll} />
      <section aria-labelledby="about-heading" className="about">
        <h2 id="about-heading">About</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info ? info.version : '…'}</dd>
          <dt>Running as</dt>
          <dd>
            {info ? (info.host === 'desktop' ? 'Desktop app' : 'Web page (browser fallback)') : '…'}
          </dd>
          <dt>Where your data is</dt>
          <dd>Only on this computer. Nothing is sent over the internet.</dd>
        </dl>
      </section>
    </>
  )
}
