/** Small export documents built in memory, with the text that breaks careless writers. */
import type { CellStatusT } from '../../../core/api/contract.ts';
import type { ExportDocument, ExportParagraph } from '../../../core/export/model.ts';

const AT = '2026-05-01T08:00:00.000Z';

/** A paragraph as the service loads it: boilerplate is excluded unless the test says otherwise. */
export function paragraph(id: number, source: string, en: [string, CellStatusT], zh: [string, CellStatusT], extra: Partial<ExportParagraph> = {}): ExportParagraph {
  return {
    id,
    position: id - 100,
    kind: 'body',
    source,
    comment: '',
    targets: { en: { text: en[0], status: en[1], updatedAt: AT }, 'zh-Hans': { text: zh[0], status: zh[1], updatedAt: AT } },
    ...extra,
    excluded: extra.excluded ?? extra.kind === 'boilerplate',
  };
}

/** Every status, every paragraph kind, markup characters, line breaks, tabs, edge spaces, a control character, astral CJK. */
export function trickyDocument(): ExportDocument {
  return {
    id: 7,
    title: '測試 <文件> & "引號"',
    sourceLang: 'zh-Hant',
    createdAt: AT,
    exportedAt: '2026-05-04T09:00:00.000Z',
    paragraphs: [
      paragraph(100, '首頁 -> 評論 | 來論', ['', 'empty'], ['首页 -> 评论 | 来论', 'auto'], { kind: 'boilerplate' }),
      paragraph(101, '香港如何在人工智能領域「大展拳腳」', ['How Hong Kong can *shine* in AI', 'reviewed'], ['香港如何在人工智能领域「大展拳脚」', 'translated'], { kind: 'heading' }),
      paragraph(102, '<script>alert("x")</script> & 𠀋字', ['<b>not bold</b> & <i>', 'draft'], ['<script>alert("x")</script> & 𠀋字', 'auto'], {
        comment: 'Check the <tag> & the "quotes"',
      }),
      paragraph(103, '第一行\n第二行\t有定位符', ['  Line one\r\nline two\twith a tab  ', 'translated'], ['', 'empty']),
      paragraph(104, '控制字元\u0001在此', ['Control \u0001 char | pipe', 'draft'], ['控制字元\u0001在此', 'draft']),
      paragraph(105, '香港中通社圖片', ['Photo: China News Service, Hong Kong', 'translated'], ['香港中通社图片', 'reviewed'], { kind: 'caption' }),
      paragraph(106, '1. 其一,共享算力中心。', ['', 'empty'], ['1. 其一,共享算力中心。', 'auto']),
    ],
  };
}
