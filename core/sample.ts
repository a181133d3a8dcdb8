/**
 * The built-in sample document, written for this project, so that a first start
 * shows a working workbench. Its vocabulary (的士, 巴士, 港鐵) is typical of Hong Kong news.
 */
export const SAMPLE_TITLE = '示例:香港交通新聞';

export const SAMPLE_TEXT = `運輸署公佈新一輪公共交通票價調整
    運輸署今日宣佈,由下月一日起,部分巴士路線的車費將上調百分之三,而港鐵票價則維持不變。
    署方發言人表示,是次調整已考慮營運成本、乘客負擔能力及服務質素等因素。
    的士業界則希望政府盡快檢討牌照制度,並加強打擊非法載客取酬的行為。
    有立法會議員認為,政府應該為長者及學生提供更多票價優惠,以減輕市民的經濟壓力。
市民反應
    不少市民在接受訪問時表示,希望巴士公司在加價的同時改善班次及車廂設施。
`;
