import { existsSync } from 'node:fs';
import { createBackup, listBackups, restoreBackup } from '../../db/backup.ts';
import { MAX_BACKUPS_KEPT } from '../../core/api/backup-schemas.ts';
import { usageError, type Command } from '../command.ts';

export const backupCommand: Command = {
  name: 'backup',
  usage: `backup list | create | restore FILE|latest | keep [N]
                                       list, make or restore backups of the database (close the app to restore);
                                       keep shows or sets how many backups are kept (1 to ${MAX_BACKUPS_KEPT})`,
  async run(context) {
    const [action, target] = context.args;
    if (action === 'list') {
      const backups = listBackups(context.dbPath);
      const lines = backups.map((b) => `${b.createdAt}\t${b.reason}\t${(b.bytes / 1024).toFixed(0)} KB\t${b.file}`);
      return context.print(backups, lines.length > 0 ? lines.join('\n') : 'No backups');
    }
    if (!existsSync(context.dbPath)) throw usageError(`There is no database at ${context.dbPath}`);
    if (action === 'keep') {
      if (target !== undefined && !/^\d+$/.test(target)) usageError(`backup keep needs a whole number, not "${target}"`);
      const { api } = context.backend();
      const settings = target === undefined ? await api.getBackupSettings({}) : await api.setBackupSettings({ keep: Number(target) });
      return context.print(settings, `Keeping the newest ${settings.keep} backups in ${settings.folder}`);
    }
    if (action === 'create') {
      const file = await createBackup(context.dbPath, 'manual');
      return context.print({ file }, `Backed up to ${file}`);
    }
    if (action === 'restore') {
      const file = target === 'latest' ? listBackups(context.dbPath)[0]?.file : target;
      if (!file) throw usageError('backup restore needs a FILE, or "latest" when a backup exists');
      const safety = await restoreBackup(context.dbPath, file);
      return context.print({ restored: file, previous: safety }, `Restored ${file}; the data it replaced is in ${safety}`);
    }
    usageError('backup needs list, create, restore or keep');
  },
};
