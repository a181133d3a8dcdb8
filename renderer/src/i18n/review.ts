import { defineMessages } from './define.ts';

/** Strings of reviewer mode: the toggle, the changes since translation, and its help. */
export const reviewMessages = defineMessages({
  en: {
    reviewMode: 'Review mode',
    reviewModeTitle: 'List the cells still to review and show what changed in them since translation',
    reviewLegend: 'Changes since translation:',
    reviewDeleted: 'deleted',
    reviewInserted: 'inserted',
    reviewChangedCount: 'Cells changed since translation: {n}',
    reviewAutoOn: 'Marking a cell reviewed turned review mode on: the grid lists the {column} cells still to review.',
    reviewTurnOff: 'Turn review mode off',
    reviewSince: 'Since translation',
    reviewSinceLabel: 'Changes since translation on {date}',
    reviewMark: 'Reviewed',
    reviewMarkTitle: 'Mark this cell reviewed and go to the next cell to review',
    reviewHelpTitle: 'Review mode',
    reviewHelpList:
      'The Review mode button lists the cells still to review in the filter’s column: translated cells, and cells edited since their translation. Under each edited cell it shows what changed since the translator confirmed it: deleted text struck through, inserted text underlined.',
    reviewHelpMark:
      'Marking a cell reviewed ({review}) goes on to the next cell to review. The first time you mark a cell reviewed in a document, review mode turns on by itself, unless you turned it off in that document.',
    reviewHelpConfirm: 'Confirming an edited cell ({confirm}) makes its new text the translation; marking it reviewed keeps the translator’s text as the basis of the comparison.',
  },
  'zh-Hant': {
    reviewMode: '審校模式',
    reviewModeTitle: '列出尚待審校的格，並顯示翻譯後作出的修改',
    reviewLegend: '翻譯後的修改：',
    reviewDeleted: '刪除',
    reviewInserted: '插入',
    reviewChangedCount: '翻譯後有修改的格：{n}',
    reviewAutoOn: '標為已審校後已開啟審校模式：表格列出尚待審校的{column}格。',
    reviewTurnOff: '關閉審校模式',
    reviewSince: '翻譯後',
    reviewSinceLabel: '{date} 翻譯後的修改',
    reviewMark: '已審校',
    reviewMarkTitle: '將此格標為已審校，並移到下一個待審校的格',
    reviewHelpTitle: '審校模式',
    reviewHelpList:
      '「審校模式」按鈕列出篩選欄位中尚待審校的格：已翻譯的格，以及翻譯後再經修改的格。每個修改過的格下方顯示譯者確認後的改動：刪除的文字加刪除線，插入的文字加底線。',
    reviewHelpMark: '將格標為已審校（{review}）後會移到下一個待審校的格。在一份文件中第一次標為已審校時，審校模式會自動開啟，除非你已在該文件中把它關閉。',
    reviewHelpConfirm: '確認修改過的格（{confirm}）會把新文字當作譯文；標為已審校則保留譯者的文字作為比較基準。',
  },
  'zh-Hans': {
    reviewMode: '审校模式',
    reviewModeTitle: '列出尚待审校的格，并显示翻译后作出的修改',
    reviewLegend: '翻译后的修改：',
    reviewDeleted: '删除',
    reviewInserted: '插入',
    reviewChangedCount: '翻译后有修改的格：{n}',
    reviewAutoOn: '标为已审校后已开启审校模式：表格列出尚待审校的{column}格。',
    reviewTurnOff: '关闭审校模式',
    reviewSince: '翻译后',
    reviewSinceLabel: '{date} 翻译后的修改',
    reviewMark: '已审校',
    reviewMarkTitle: '将此格标为已审校，并移到下一个待审校的格',
    reviewHelpTitle: '审校模式',
    reviewHelpList:
      '“审校模式”按钮列出筛选栏中尚待审校的格：已翻译的格，以及翻译后再经修改的格。每个修改过的格下方显示译者确认后的改动：删除的文字加删除线，插入的文字加下划线。',
    reviewHelpMark: '将格标为已审校（{review}）后会移到下一个待审校的格。在一份文档中第一次标为已审校时，审校模式会自动开启，除非你已在该文档中把它关闭。',
    reviewHelpConfirm: '确认修改过的格（{confirm}）会把新文字当作译文；标为已审校则保留译者的文字作为比较基准。',
  },
});
