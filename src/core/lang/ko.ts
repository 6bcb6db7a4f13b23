import type { Agency, ClutterWords, DateWords, SpeechWords } from './types.ts';

export const code = 'ko';
export const dir = 'ltr';

export const clutter: ClutterWords = {
  share: ['공유', '공유하기', '좋아요', '공유하기*', '추천', '좋아요 *', '싫어요', '공감', '비공감', '*공유하기'],
  copyLink: ['링크 복사', 'url 복사', '주소 복사', '링크복사', 'url복사', '*복사되었습니다*'],
  followUs: ['팔로우', 'sns 구독', '구독하기'],
  print: ['인쇄', '프린트', '인쇄하기'],
  comments: ['댓글', '댓글 쓰기', '댓글쓰기', '댓글 보기', '댓글달기', '댓글 달기', '댓글 더보기', '댓글 신고'],
  related: ['관련 기사', '관련기사', '함께 볼 만한 기사', '추천 기사', '많이 본 기사', '많이 본 뉴스'],
  newsletter: ['뉴스레터', '뉴스레터 구독'],
};

export const speech: SpeechWords = {
  quotePairs: [
    ['"', '"'],
    ['“', '”'],
    ["'", "'"],
    ['‘', '’'],
  ],
  verbs: [
    '라고',
    '이라고',
    '고 말했다',
    '고 밝혔다',
    '고 강조했다',
    '고 했다',
    '며',
    '면서',
    '라며',
    '이라며',
    '라면서',
    '말했다',
    '밝혔다',
    '강조했다',
    '했다',
    '덧붙였다',
    '주장했다',
    '설명했다',
    '지적했다',
    '전했다',
    '물었다',
    '호소했다',
    '답했다',
    '말했',
    '고 하',
  ],
  beforeName: ['외친', '밝힌', '말한', '강조한', '주장한', '호소한', '약속한', '다짐한'],
  pronouns: { male: ['그는'], female: ['그녀는'], other: ['이들은'] },
  naming: ['이라는', '라는'],
  roles: [
    '후보',
    '대표',
    '의원',
    '대통령',
    '장관',
    '위원장',
    '총리',
    '씨',
    '교수',
    '회장',
    '시장',
    '지사',
    '원내대표',
    '대변인',
  ],
};

export const dates: DateWords = {
  months: [
    ['1월'],
    ['2월'],
    ['3월'],
    ['4월'],
    ['5월'],
    ['6월'],
    ['7월'],
    ['8월'],
    ['9월'],
    ['10월'],
    ['11월'],
    ['12월'],
  ],
  published: ['입력', '등록', '게재', '발행'],
  updated: ['수정', '업데이트'],
};

export const agencies: Agency[] = [
  { name: 'Yonhap', forms: ['연합뉴스'] },
  { name: 'Newsis', forms: ['뉴시스'] },
  { name: 'News1', forms: ['뉴스1'] },
];
