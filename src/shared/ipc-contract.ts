/**
 * IPC channel names and payload schemas. Main parses every payload with these schemas before
 * acting; the preload only forwards. Channel names follow `domain:action`.
 */
import { z } from 'zod'

export { IpcChannel, type IpcChannelName } from './ipc-channels'

/** 25 MiB: a backup of several years of plans is far below this. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024

const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9]{1,10}$/i)
          .or(z.literal('*')),
      )
      .min(1)
      .max(10),
  })
  .strict()

/** A bare file name: no folders, no control characters, a sensible length. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a plain file name',
  })

export const saveFileRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    content: z.string().max(MAX_FILE_BYTES * 2),
    encoding: z.enum(['utf8', 'base64']),
    filters: z.array(fileFilterSchema).max(10),
  })
  .strict()

export const openFileRequestSchema = z
  .object({
    filters: z.array(fileFilterSchema).max(10),
    maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
  })
  .strict()

export const printToPdfRequestSchema = z
  .object({
    suggestedName: fileNameSchema,
    landscape: z.boolean(),
  })
  .strict()

export const menuCommandSchema = z.discriminatedUnion('type', [
  z
    .object({ type: z.literal('text-size'), action: z.enum(['increase', 'decrease', 'reset']) })
    .strict(),
  z
    .object({
      type: z.literal('navigate'),
      page: z.enum(['plan', 'coverage', 'advice', 'shopping', 'foods', 'household', 'settings']),
    })
    .strict(),
])

/** One day's automatic backup: the JSON text the renderer built. */
export const autoBackupRequestSchema = z
  .object({
    content: z.string().min(2).max(MAX_FILE_BYTES),
  })
  .strict()

/** Automatic backups are read only by their own names, so no path can be smuggled in. */
export const AUTO_BACKUP_NAME = /^auto-backup-\d{4}-\d{2}-\d{2}\.json$/

export const autoBackupReadRequestSchema = z
  .object({
    name: z.string().max(40).regex(AUTO_BACKUP_NAME),
  })
  .strict()

/** Any string up to 2 KB; whether it is allowed is decided against the allow-list, as a value. */
export const openExternalRequestSchema = z.string().min(1).max(2048)
