// The pages the engine smoke tests visit, and what proves each one rendered its facts: every
// page type, in English at the root and in Korean under /ko/. Facts are taken from the interface
// strings (src/i18n/en.rs, ko.rs) and the prose (public/data/text-en.json, text-ko.json).
// One row per page; add a row to test another page. Fields:
//   name      file name of its screenshots (screenshots/<engine>/<name>-<phone|desktop>.png)
//   path      address under the site's root
//   facts     texts that must all be in <main>, both in the page as served and once the app runs
//   h1        (optional) the text of the page's <h1> (whitespace collapsed)
//   count     (optional) { selector: n }: how many elements must match in the running app
//   present   (optional) [selector]: elements that must exist in the running app
//   value     (optional) { selector: text }: the element's value must contain text (running app)
//   status    (optional) the HTTP status the host must answer with (default 200)
//   switchTo  (optional) where the header's language switch must lead (default: the same page in
//             the other language); null: not checked
//   liveOnly  (optional) the facts are checked only once the app runs (the markup served at that
//             address is another page's: see the row)
//   shot      (optional) false: no screenshot (another row already shows this page type)
// The language of a row is its path's: /ko/... rows must have <html lang="ko"> and a switch
// reading "English"; the others <html lang="en"> and "한국어".
export const ROUTES = [
  // ---- English -------------------------------------------------------------------------------
  {
    name: 'home',
    path: '/',
    h1: "It's Okay to Not Be Okay",
    facts: ['He has no time for love', '사이코지만 괜찮아', "What it's about", 'No season 2 has been announced'],
  },
  {
    name: 'cast',
    path: '/cast/',
    h1: 'Cast',
    facts: ['The leads', 'Kim Soo-hyun', '김수현', 'Seo Yea-ji', '서예지'],
    count: { 'article.cast-card': 12 },
  },
  {
    name: 'cast-ko-moon-young',
    path: '/cast/ko-moon-young/',
    h1: 'Ko Moon-young 고문영',
    facts: ['Played by', 'Seo Yea-ji', '서예지', 'Who they are', "The children's author Sang-tae looks up to"],
  },
  {
    name: 'episodes',
    path: '/episodes/',
    h1: 'Episodes',
    facts: ['Sixteen episodes aired on tvN', 'The Boy Who Fed on Nightmares', 'Highest rated: episode 16 at 7.3%'],
    count: { 'li.episode-row': 16 },
  },
  {
    name: 'episode-1',
    path: '/episodes/1/',
    h1: 'The Boy Who Fed on Nightmares 악몽을 먹고 자란 소년',
    facts: ['Episode 1 of 16', 'Saturday, 20 June 2020', '6.1%', 'Next: episode 2'],
    present: ['button.watch-toggle[aria-pressed="false"][aria-label="Watched, episode 1"]'],
  },
  {
    name: 'relationships',
    path: '/relationships/',
    h1: 'Relationship map',
    facts: ['Who is who to whom', 'Every connection, as a list', 'more connections are still locked', 'the leads'],
    present: ['svg.relmap__svg', 'ul.connections > li'],
  },
  {
    name: 'music',
    path: '/music/',
    h1: 'Soundtrack',
    facts: ['Music director', 'Nam Hye-seung', "You're Cold", 'Heize'],
    present: ['ol.releases > li'],
  },
  {
    name: 'places',
    path: '/places/',
    h1: 'Filming places',
    facts: ['Seongjin does not exist', 'Every place, with its scene', 'Ayajin Beach'],
    present: ['svg.placemap__svg', 'ol.places-list > li'],
  },
  {
    name: 'outlook',
    path: '/outlook/',
    h1: 'Will there be a season 2?',
    facts: ['newest source May 2026, checked December 2026', 'No season 2 has been announced', 'Since the finale'],
  },
  {
    name: 'about',
    path: '/about/',
    h1: 'Awards, books and sources',
    facts: ['APAN Star Awards 2020', 'Best Supporting Actor', "Moon-young's books, published for real"],
  },
  {
    name: 'search',
    path: '/search/',
    h1: 'Search the guide',
    facts: ['in English or Hangul', '문강태', 'red shoes'],
    present: ['input#search-input'],
  },
  {
    name: 'progress',
    path: '/progress/',
    h1: 'Your progress',
    facts: ['Your ticks, ratings and notes live only on this device', 'Move your progress', 'A QR code', 'Save a progress file'],
    present: ['svg.qr'],
    value: { 'input.transfer__url': '#p=' },
  },
  {
    name: 'not-found',
    path: '/no-such-page/',
    h1: 'Page not found',
    facts: ["This page isn't part of the guide", 'Go to the start of the guide'],
    status: 404,
    switchTo: null,
  },
  // ---- Korean --------------------------------------------------------------------------------
  {
    name: 'ko-home',
    path: '/ko/',
    h1: '사이코지만 괜찮아',
    facts: ['사랑할 틈이 없는 남자와', "It's Okay to Not Be Okay", '어떤 이야기인가', '시즌 2 소식은 아직 없다'],
  },
  {
    name: 'ko-cast',
    path: '/ko/cast/',
    h1: '출연진',
    facts: ['주연', '문강태', '김수현', '고문영', '서예지'],
    count: { 'article.cast-card': 12 },
  },
  {
    name: 'ko-cast-ko-moon-young',
    path: '/ko/cast/ko-moon-young/',
    h1: '고문영 Ko Moon-young',
    facts: ['배우', '서예지', '인물 소개', '상태가 동경하는 바로 그 동화 작가'],
  },
  {
    name: 'ko-episodes',
    path: '/ko/episodes/',
    h1: '회차',
    facts: ['모두 16회가 방송됐습니다', '악몽을 먹고 자란 소년', '최고 시청률: 16회 7.3%'],
    count: { 'li.episode-row': 16 },
  },
  {
    name: 'ko-episode-1',
    path: '/ko/episodes/1/',
    h1: '악몽을 먹고 자란 소년 The Boy Who Fed on Nightmares',
    facts: ['전체 16회 중 1회', '2020년 6월 20일', '6.1%', '다음: 2회'],
    present: ['button.watch-toggle[aria-pressed="false"][aria-label="봤어요, 1회"]'],
  },
  {
    name: 'ko-relationships',
    path: '/ko/relationships/',
    h1: '인물관계도',
    facts: ['누가 누구와 어떤 사이인지', '모든 관계 목록', '아직 잠긴 관계가', '두 주인공'],
    present: ['svg.relmap__svg', 'ul.connections > li'],
  },
  {
    name: 'ko-music',
    path: '/ko/music/',
    h1: 'OST',
    facts: ['음악감독', '남혜승', '헤이즈'],
    present: ['ol.releases > li'],
  },
  {
    name: 'ko-places',
    path: '/ko/places/',
    h1: '촬영지',
    facts: ['성진시는 실제로 없는 도시다', '장소와 장면 전체 목록', '아야진 해변'],
    present: ['svg.placemap__svg', 'ol.places-list > li'],
  },
  {
    name: 'ko-outlook',
    path: '/ko/outlook/',
    h1: '시즌 2가 나올까?',
    facts: ['최신 출처 2026년 5월, 2026년 12월 확인', '시즌 2 소식은 아직 없다', '종영 후'],
  },
  {
    name: 'ko-about',
    path: '/ko/about/',
    h1: '수상, 책, 출처',
    facts: ['2020 APAN 스타 어워즈', '백상예술대상', '실제로 출간된 고문영의 그림책'],
  },
  {
    name: 'ko-search',
    path: '/ko/search/',
    h1: '가이드 검색',
    facts: ['한글이나 영어로 찾아보세요', '문강태', '빨간 구두'],
    present: ['input#search-input'],
  },
  {
    name: 'ko-progress',
    path: '/ko/progress/',
    h1: '내 시청 기록',
    facts: ['시청 표시와 별점, 메모는 이 기기에만 저장됩니다', '시청 기록 옮기기', 'QR 코드', '기록 파일 저장'],
    present: ['svg.qr'],
    value: { 'input.transfer__url': '#p=' },
  },
  {
    // An unknown address under /ko/: the host answers with the site's root 404.html (English
    // markup, as GitHub Pages and Netlify do), and the app, which starts at once on it, draws the
    // Korean not-found page for the address.
    name: 'ko-not-found',
    path: '/ko/no-such-page/',
    h1: '페이지를 찾을 수 없습니다',
    facts: ['이 가이드에 없는 페이지입니다', '가이드 첫 화면으로'],
    status: 404,
    liveOnly: true,
    switchTo: null,
  },
  {
    // The build's Korean not-found page itself (hosts that serve the nearest 404.html, and the
    // service worker offline).
    name: 'ko-404-file',
    path: '/ko/404.html',
    h1: '페이지를 찾을 수 없습니다',
    facts: ['이 가이드에 없는 페이지입니다', '가이드 첫 화면으로'],
    switchTo: null,
    shot: false,
  },
];

/** Where a page's language switch leads: the same page in the other language. */
export function counterpart(path) {
  return path.startsWith('/ko/') ? path.slice(3) : `/ko${path}`;
}

export const isKorean = (path) => path === '/ko' || path.startsWith('/ko/');
