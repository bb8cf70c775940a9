import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { fileId } from '../../shared/api/files';
import type { FileKind, PickOutcome, SaveOutcome } from '../../shared/domain/views/files';
import { FILE_KIND_NAMES, FILE_KINDS } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import { holdPaths } from '../files/hold-paths';
import type { FileTransfers } from '../files/transfers';
import type { Translate } from '../i18n';
import { HOST_CHANNELS } from '../ipc-channel';
import { createLogger } from '../logger';
import { isTrustedSender } from '../security/sender-check';

const log = createLogger('files');

const kind = z.enum(FILE_KIND_NAMES as [FileKind, ...FileKind[]]);
const INPUTS = {
  pick: z.strictObject({ kind, multiple: z.boolean() }),
  accept: z.strictObject({ kind, paths: z.array(z.string().max(4096)).min(1).max(100) }),
  save: z.strictObject({ id: fileId }),
  chooseFolder: z.strictObject({}),
};

export interface FileDialogDeps {
  files: FileTransfers;
  window: () => BrowserWindow | null;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** Where the save dialog starts (the user's downloads folder). */
  downloads: () => string;
  t: () => Translate;
}

function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/**
 * Electron's side of the file face: the native open and save dialogs run here, in main, which
 * then reads the chosen files and writes the saved ones itself. Each handler checks the sender
 * frame and its input first, and answers with the usual envelope.
 */
export function registerFileHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: FileDialogDeps,
): () => void {
  const filters = (k: FileKind) => [
    { name: deps.t()(`files.kinds.${k}`), extensions: [...FILE_KINDS[k].extensions] },
  ];

  async function pick(input: z.infer<typeof INPUTS.pick>): Promise<PickOutcome> {
    const window = deps.window();
    const options = {
      properties: input.multiple
        ? (['openFile', 'multiSelections'] as const)
        : (['openFile'] as const),
      filters: filters(input.kind),
    };
    const chosen = window
      ? await deps.dialog.showOpenDialog(window, {
          ...options,
          properties: [...options.properties],
        })
      : await deps.dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    if (chosen.canceled) return { files: [], refused: [] };
    return holdPaths(deps.files.inbox, chosen.filePaths, input.kind);
  }

  async function save(input: z.infer<typeof INPUTS.save>): Promise<SaveOutcome> {
    const file = deps.files.outbox.peek(input.id);
    const ext = extname(file.fileName).slice(1);
    const window = deps.window();
    const options = {
      defaultPath: join(deps.downloads(), file.fileName),
      ...(ext ? { filters: [{ name: ext.toUpperCase(), extensions: [ext] }] } : {}),
    };
    const chosen = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { saved: false };
    await deps.files.outbox.deliverTo(input.id, chosen.filePath);
    return { saved: true, path: chosen.filePath };
  }

  /** A folder (the backups' USB stick): main only hands its path on; setting it checks it. */
  async function chooseFolder(): Promise<{ path: string | null }> {
    const window = deps.window();
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const chosen = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options);
    return { path: chosen.canceled ? null : (chosen.filePaths[0] ?? null) };
  }

  const handlers: Record<keyof typeof HOST_CHANNELS, (input: unknown) => Promise<unknown>> = {
    pick: (input) => pick(INPUTS.pick.parse(input)),
    accept: (input) => {
      const parsed = INPUTS.accept.parse(input);
      return holdPaths(deps.files.inbox, parsed.paths, parsed.kind);
    },
    save: (input) => save(INPUTS.save.parse(input)),
    chooseFolder: (input) => {
      INPUTS.chooseFolder.parse(input);
      return chooseFolder();
    },
  };

  const channels = Object.keys(HOST_CHANNELS) as (keyof typeof HOST_CHANNELS)[];
  for (const name of channels) {
    ipcMain.handle(HOST_CHANNELS[name], async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderUrl(event)))
        return fail({ code: 'FORBIDDEN', message: 'Caller is not an app page' });
      try {
        return ok(await handlers[name](input));
      } catch (error) {
        if (error instanceof AppError) return fail(error.toPayload());
        if (error instanceof z.ZodError)
          return fail({ code: 'INVALID_INPUT', message: `Invalid input for files.${name}` });
        log.error(`files.${name} failed`, error);
        return fail({ code: 'INTERNAL', message: 'Internal error' });
      }
    });
  }
  return () => {
    for (const name of channels) ipcMain.removeHandler(HOST_CHANNELS[name]);
  };
}
