import { defineMessages } from './define.ts';

/** Strings of the English spelling check: suggestions, the project's own dictionary and its spelling variant. */
export const spellingMessages = defineMessages({
  en: {
    spellingReplaceTitle: 'Replace with “{word}”',
    spellingAddWord: 'Add to dictionary',
    spellingAddWordTitle: 'Accept “{word}” everywhere in this project',
    spellingWords: 'Project dictionary ({count})',
    spellingNoWords: 'No words added yet. “Add to dictionary” on a spelling warning adds one.',
    spellingRemoveWord: 'Remove “{word}” from the project dictionary',
    spellingVariant: 'English spelling',
    spellingVariantTitle: 'Which dictionary checks the English of this project',
    spellingVariantGb: 'British (en-GB)',
    spellingVariantUs: 'American (en-US)',
  },
  'zh-Hant': {
    spellingReplaceTitle: '替換為「{word}」',
    spellingAddWord: '加入詞典',
    spellingAddWordTitle: '在此專案中一律接受「{word}」',
    spellingWords: '專案詞典（{count}）',
    spellingNoWords: '尚未加入任何詞。在拼寫警告上按「加入詞典」即可加入。',
    spellingRemoveWord: '從專案詞典移除「{word}」',
    spellingVariant: '英文拼寫',
    spellingVariantTitle: '此專案的英文用哪一部詞典檢查',
    spellingVariantGb: '英式（en-GB）',
    spellingVariantUs: '美式（en-US）',
  },
  'zh-Hans': {
    spellingReplaceTitle: '替换为“{word}”',
    spellingAddWord: '加入词典',
    spellingAddWordTitle: '在此项目中一律接受“{word}”',
    spellingWords: '项目词典（{count}）',
    spellingNoWords: '尚未加入任何词。在拼写警告上点击“加入词典”即可加入。',
    spellingRemoveWord: '从项目词典移除“{word}”',
    spellingVariant: '英文拼写',
    spellingVariantTitle: '此项目的英文用哪一部词典检查',
    spellingVariantGb: '英式（en-GB）',
    spellingVariantUs: '美式（en-US）',
  },
});
