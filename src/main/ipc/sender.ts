import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { originOf } from '../origins'

/**
 * Only the top frame of our own window, showing one of our own pages, may call main. This
 * refuses other windows, iframes (even same-origin ones) and a window that navigated away.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  main: WebContents | undefined,
  origins: readonly string[],
): boolean {
  const frame = event.senderFrame
  if (!frame || !main || main.isDestroyed()) return false
  if (event.sender.id !== main.id) return false
  if (frame.parent !== null || frame.frameTreeNodeId !== main.mainFrame.frameTreeNodeId)
    return false
  const origin = originOf(frame.url)
  return origin !== null && origins.includes(origin)
}
