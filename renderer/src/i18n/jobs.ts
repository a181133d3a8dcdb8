/** Strings of the progress bar shown while a long operation (import, TM import, export) runs. */
import { defineMessages } from './define.ts';

export const jobMessages = defineMessages({
  en: {
    jobStarting: 'Starting…',
    jobReading: 'Reading the file…',
    jobDrafting: 'Drafting the Simplified column…',
    jobBuilding: 'Building the file…',
    jobSaving: 'Saving…',
    jobPercent: '{percent}%',
    jobCancel: 'Cancel',
    jobCancelling: 'Cancelling…',
    jobCancelled: 'Cancelled. Nothing was changed.',
    jobProgressLabel: 'Progress',
  },
  'zh-Hant': {
    jobStarting: '正在開始…',
    jobReading: '正在讀取檔案…',
    jobDrafting: '正在生成簡體草稿…',
    jobBuilding: '正在生成檔案…',
    jobSaving: '正在儲存…',
    jobPercent: '{percent}%',
    jobCancel: '取消',
    jobCancelling: '正在取消…',
    jobCancelled: '已取消，沒有任何更改。',
    jobProgressLabel: '進度',
  },
  'zh-Hans': {
    jobStarting: '正在开始…',
    jobReading: '正在读取文件…',
    jobDrafting: '正在生成简体草稿…',
    jobBuilding: '正在生成文件…',
    jobSaving: '正在保存…',
    jobPercent: '{percent}%',
    jobCancel: '取消',
    jobCancelling: '正在取消…',
    jobCancelled: '已取消，没有任何更改。',
    jobProgressLabel: '进度',
  },
});
